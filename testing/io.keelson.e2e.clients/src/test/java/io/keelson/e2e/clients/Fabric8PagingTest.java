package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paged lists with fabric8's withLimit + continue: every item exactly once, one snapshot across the pages. */
class Fabric8PagingTest extends Fabric8Server {

    @Test
    void pagedListReturnsEveryItemExactlyOnce() {
        String ns = namespace("f8-paging");
        int total = 53;
        for (int i = 0; i < total; i++) {
            client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("item-" + i)
                    .addToLabels("parity", i % 2 == 0 ? "even" : "odd").endMetadata().addToData("i", Integer.toString(i)).build()).create();
        }
        List<String> names = new ArrayList<>();
        String cont = null;
        String snapshot = null;
        int pages = 0;
        do {
            ConfigMapList page = client.configMaps().inNamespace(ns).list(new ListOptionsBuilder().withLimit(10L).withContinue(cont).build());
            pages++;
            assertThat(page.getItems().size()).isLessThanOrEqualTo(10);
            if (snapshot == null) {
                snapshot = page.getMetadata().getResourceVersion();
                // writes between pages must not show up: the list is one snapshot
                client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("item-late").endMetadata().build())
                        .create();
            } else {
                assertThat(page.getMetadata().getResourceVersion()).isEqualTo(snapshot);
            }
            page.getItems().forEach(c -> names.add(c.getMetadata().getName()));
            cont = page.getMetadata().getContinue();
            if (cont != null && !cont.isEmpty()) {
                assertThat(page.getMetadata().getRemainingItemCount()).isEqualTo((long) (total - names.size()));
            }
        } while (cont != null && !cont.isEmpty());
        assertThat(pages).isEqualTo(6);
        Set<String> expected = IntStream.range(0, total).mapToObj(i -> "item-" + i).collect(Collectors.toSet());
        assertThat(names).doesNotHaveDuplicates();
        assertThat(new HashSet<>(names)).isEqualTo(expected);

        // a fresh unpaged list includes the late item
        assertThat(client.configMaps().inNamespace(ns).list().getItems()).hasSize(total + 1);
        // an informer told to list in pages of 7 (Informable.withLimit) ends up with every object
        try (var informer = client.configMaps().inNamespace(ns).withLimit(7L).runnableInformer(0)) {
            informer.start();
            // synced = the paged initial list is in the cache; the watch that follows is not what this test is about
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(informer::hasSynced);
            assertThat(informer.getStore().listKeys()).hasSize(total + 1);
        }
    }

    @Test
    void pagedListWithALabelSelector() {
        String ns = namespace("f8-paging-sel");
        for (int i = 0; i < 25; i++) {
            client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("s-" + i)
                    .addToLabels("parity", i % 2 == 0 ? "even" : "odd").endMetadata().build()).create();
        }
        List<String> names = new ArrayList<>();
        String cont = null;
        do {
            ConfigMapList page = client.configMaps().inNamespace(ns).withLabel("parity", "even")
                    .list(new ListOptionsBuilder().withLimit(4L).withContinue(cont).build());
            assertThat(page.getItems().size()).isLessThanOrEqualTo(4);
            page.getItems().stream().map(ConfigMap::getMetadata).forEach(m -> names.add(m.getName()));
            cont = page.getMetadata().getContinue();
        } while (cont != null && !cont.isEmpty());
        assertThat(names).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 25).filter(i -> i % 2 == 0).mapToObj(i -> "s-" + i).toList());
    }
}
