package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kubectl get through the streamed LIST: pages of --chunk-size as Tables (limit and continue), --sort-by (which asks for
 * includeObject=Object), label selectors that leave most pages empty, and -o name.
 */
class KubectlListingTest extends ClusterTest {

    @BeforeAll
    static void configMaps() throws Exception {
        for (int i = 0; i < 7; i++) {
            k.ok("create", "configmap", "c-" + i, "--from-literal=k=" + (char) ('g' - i));
        }
        k.ok("label", "configmap", "c-1", "c-5", "pick=yes");
    }

    @Test
    void chunkedGetShowsEveryRowOnce() throws Exception {
        List<String> lines = k.ok("get", "configmaps", "--chunk-size=2", "--no-headers", "-o", "custom-columns=N:.metadata.name").out()
                .lines().filter(l -> l.startsWith("c-")).toList();
        assertThat(lines).containsExactly("c-0", "c-1", "c-2", "c-3", "c-4", "c-5", "c-6");
        assertThat(k.ok("get", "configmaps", "--chunk-size=2", "-l", "pick=yes", "-o", "name").out().lines().toList())
                .containsExactly("configmap/c-1", "configmap/c-5");
        List<String> table = k.ok("get", "configmaps", "--chunk-size=3", "-l", "pick=yes").out().lines().toList();
        assertThat(table).hasSize(3);
        assertThat(table.get(0)).startsWith("NAME").contains("DATA").contains("AGE");
        assertThat(table.get(1)).startsWith("c-1 ");
    }

    @Test
    void sortByReadsTheWholeObjectFromTheTable() throws Exception {
        List<String> sorted = k.ok("get", "configmaps", "-l", "pick!=nothing", "--sort-by=.data.k", "--no-headers").out().lines()
                .filter(l -> l.startsWith("c-")).map(l -> l.split("\\s+")[0]).toList();
        assertThat(sorted).containsExactly("c-6", "c-5", "c-4", "c-3", "c-2", "c-1", "c-0");
    }
}
