package io.keelson.apiserver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void canonicalFormsAsKubernetesPrintsThem() {
        assertThat(Quantities.canonical("0.1")).isEqualTo("100m");
        assertThat(Quantities.canonical("1000m")).isEqualTo("1");
        assertThat(Quantities.canonical("1.5")).isEqualTo("1500m");
        assertThat(Quantities.canonical("100000")).isEqualTo("100k");
        assertThat(Quantities.canonical("1Gi")).isEqualTo("1Gi");
        assertThat(Quantities.canonical("1024Mi")).isEqualTo("1Gi");
        assertThat(Quantities.canonical("1536Mi")).isEqualTo("1536Mi");
        assertThat(Quantities.canonical("512Mi")).isEqualTo("512Mi");
        assertThat(Quantities.canonical("0.5Gi")).isEqualTo("512Mi");
        assertThat(Quantities.canonical("100Ki")).isEqualTo("100Ki");
        assertThat(Quantities.canonical("500m")).isEqualTo("500m");
        assertThat(Quantities.canonical("2")).isEqualTo("2");
        assertThat(Quantities.canonical("1e3")).isEqualTo("1e3");
        assertThat(Quantities.canonical("0")).isEqualTo("0");
        assertThat(Quantities.canonical("0.0000000001")).isEqualTo("1n");
        assertThat(Quantities.valid("lots")).isFalse();
        assertThat(Quantities.valid("1.5Gi")).isTrue();
    }
}
