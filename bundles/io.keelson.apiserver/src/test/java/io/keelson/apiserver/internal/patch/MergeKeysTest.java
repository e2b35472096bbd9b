package io.keelson.apiserver.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeKeysTest {

    @Test
    void listMapKeysFollowKubernetesTypes() {
        assertThat(MergeKeys.listMapKeys(List.of("spec", "ports"))).containsExactly("port", "protocol");
        assertThat(MergeKeys.listMapKeys(List.of("spec", "template", "spec", "containers", "ports"))).containsExactly("containerPort", "protocol");
        assertThat(MergeKeys.listMapKeys(List.of("spec", "topologySpreadConstraints"))).containsExactly("topologyKey", "whenUnsatisfiable");
        assertThat(MergeKeys.listMapKeys(List.of("spec", "hostAliases"))).containsExactly("ip");
        assertThat(MergeKeys.listMapKeys(List.of("spec", "ephemeralContainers"))).containsExactly("name");
        assertThat(MergeKeys.listMapKeys(List.of("ports"))).isNull(); // an EndpointSlice's: atomic
        assertThat(MergeKeys.listMapKeys(List.of("status", "loadBalancer", "ingress", "ports"))).isNull();
        assertThat(MergeKeys.listMapKeys(List.of("metadata", "finalizers"))).isNull(); // a set, not a map
        assertThat(MergeKeys.listMapKeys(List.of("spec", "taints"))).isNull(); // a node's taints: atomic
        assertThat(MergeKeys.of(List.of("spec", "taints"))).isNull();
        // strategic merge patch keeps its single merge key
        assertThat(MergeKeys.of(List.of("spec", "ports"))).isEqualTo("port");
        assertThat(MergeKeys.of(List.of("spec", "topologySpreadConstraints"))).isEqualTo("topologyKey");
    }
}
