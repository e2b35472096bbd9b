package io.keelson.client.tools.internal.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTest {

    @Test
    void doublesPerFailureUpToTheCapPerKey() {
        ExponentialBackoff<String> b = new ExponentialBackoff<>(Duration.ofMillis(5), Duration.ofSeconds(1));
        assertThat(b.when("a")).isEqualTo(Duration.ofMillis(5));
        assertThat(b.when("a")).isEqualTo(Duration.ofMillis(10));
        assertThat(b.when("a")).isEqualTo(Duration.ofMillis(20));
        assertThat(b.when("b")).isEqualTo(Duration.ofMillis(5));
        assertThat(b.when("a")).isEqualTo(Duration.ofMillis(40));
        for (int i = 0; i < 200; i++) {
            b.when("a");
        }
        assertThat(b.when("a")).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.retries("a")).isEqualTo(205);
        assertThat(b.retries("b")).isEqualTo(1);
    }

    @Test
    void forgetStartsOver() {
        ExponentialBackoff<String> b = new ExponentialBackoff<>(Duration.ofMillis(5), Duration.ofSeconds(1));
        b.when("a");
        b.when("a");
        b.forget("a");
        assertThat(b.retries("a")).isZero();
        assertThat(b.when("a")).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void refusesACapBelowTheBase() {
        assertThatThrownBy(() -> new ExponentialBackoff<>(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
