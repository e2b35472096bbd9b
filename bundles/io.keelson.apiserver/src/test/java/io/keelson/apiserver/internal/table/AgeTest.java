package io.keelson.apiserver.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgeTest {

    @Test
    void humanDurationsAsKubectlPrintsThem() {
        assertThat(Age.human(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(Age.human(Duration.ofSeconds(119))).isEqualTo("119s");
        assertThat(Age.human(Duration.ofSeconds(185))).isEqualTo("3m5s");
        assertThat(Age.human(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(Age.human(Duration.ofMinutes(200))).isEqualTo("3h20m");
        assertThat(Age.human(Duration.ofHours(30))).isEqualTo("30h");
        assertThat(Age.human(Duration.ofHours(75))).isEqualTo("3d3h");
        assertThat(Age.human(Duration.ofDays(40))).isEqualTo("40d");
        assertThat(Age.human(Duration.ofDays(800))).isEqualTo("2y70d");
    }
}
