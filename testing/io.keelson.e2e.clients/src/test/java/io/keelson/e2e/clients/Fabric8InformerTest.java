package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A SharedIndexInformer with resync over list + watch: handlers see adds, updates (resync ones too) and deletes; the cache converges on the server. */
class Fabric8InformerTest extends Fabric8Server {

    static final class Handler implements ResourceEventHandler<ConfigMap> {
        final Set<String> added = ConcurrentHashMap.newKeySet();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final AtomicInteger updates = new AtomicInteger();
        final AtomicInteger resyncs = new AtomicInteger();
        final Map<String, String> lastSeenValue = new ConcurrentHashMap<>();

        @Override
        public void onAdd(ConfigMap cm) {
            added.add(cm.getMetadata().getName());
            lastSeenValue.put(cm.getMetadata().getName(), value(cm));
        }

        @Override
        public void onUpdate(ConfigMap old, ConfigMap now) {
            updates.incrementAndGet();
            // a resync hands the cached object to onUpdate again: same resourceVersion on both sides
            if (old.getMetadata().getResourceVersion().equals(now.getMetadata().getResourceVersion())) {
                resyncs.incrementAndGet();
            }
            lastSeenValue.put(now.getMetadata().getName(), value(now));
        }

        @Override
        public void onDelete(ConfigMap cm, boolean finalStateUnknown) {
            deleted.add(cm.getMetadata().getName());
            lastSeenValue.remove(cm.getMetadata().getName());
        }

        private static String value(ConfigMap cm) {
            return cm.getData() == null ? "" : cm.getData().getOrDefault("v", "");
        }
    }

    static ConfigMap cm(String name, String value) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).addToLabels("informed", "yes").endMetadata().addToData("v", value).build();
    }

    @Test
    void informerCacheMatchesTheServerAfterConcurrentWrites() throws Exception {
        String ns = namespace("f8-informer");
        for (int i = 0; i < 5; i++) {
            client.configMaps().inNamespace(ns).resource(cm("pre-" + i, "0")).create();
        }
        Handler handler = new Handler();
        // runnableInformer + start rather than inform(): inform() blocks until the watch is up, start() lets the test wait for it
        SharedIndexInformer<ConfigMap> informer = client.configMaps().inNamespace(ns).withLabel("informed", "yes").runnableInformer(1000);
        informer.addEventHandler(handler);
        try {
            informer.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(informer::hasSynced);
            Awaitility.await("the informer's watch is established").atMost(Duration.ofSeconds(30)).until(informer::isWatching);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(handler.added)
                    .containsExactlyInAnyOrder("pre-0", "pre-1", "pre-2", "pre-3", "pre-4"));

            // four writers, each creating ten objects, updating each three times and deleting every third one
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String name = "w" + writer + "-" + i;
                        client.configMaps().inNamespace(ns).resource(cm(name, "0")).create();
                        for (int u = 1; u <= 3; u++) {
                            String v = Integer.toString(u);
                            client.configMaps().inNamespace(ns).withName(name).edit(c -> new ConfigMapBuilder(c).addToData("v", v).build());
                        }
                        if (i % 3 == 0) {
                            client.configMaps().inNamespace(ns).withName(name).delete();
                        }
                    }
                    client.configMaps().inNamespace(ns).withName("pre-" + writer).edit(c -> new ConfigMapBuilder(c).addToData("v", "x").build());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                // bounded so that a hung request fails the test instead of stalling the build
                f.get(2, TimeUnit.MINUTES);
            }
            writers.shutdown();
            // one object stops matching the selector: the informer must drop it
            client.configMaps().inNamespace(ns).withName("pre-4").edit(c -> new ConfigMapBuilder(c).editMetadata().addToLabels("informed", "no")
                    .endMetadata().build());

            Map<String, String> onServer = versions(client.configMaps().inNamespace(ns).withLabel("informed", "yes").list().getItems());
            assertThat(onServer).hasSize(4 + 4 * 6);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(versions(informer.getStore().list()))
                    .isEqualTo(onServer));
            // handlers saw every write that the cache reflects (they run after the cache is updated, hence the wait)
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertHandlerSawEverything(handler));
            assertThat(informer.getIndexer().getByKey(ns + "/pre-4")).isNull();
            // with a 1 s resync period the handler gets the cached objects again as updates
            int before = handler.resyncs.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handler.resyncs.get() >= before + onServer.size());
            assertThat(handler.updates.get()).isGreaterThanOrEqualTo(handler.resyncs.get());
            assertThat(informer.isWatching()).isTrue();
        } finally {
            informer.close();
        }
    }

    private static Map<String, String> versions(List<ConfigMap> items) {
        Map<String, String> byName = new TreeMap<>();
        items.forEach(c -> byName.put(c.getMetadata().getName(), c.getMetadata().getResourceVersion()));
        return byName;
    }

    private static void assertHandlerSawEverything(Handler handler) {
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 10; i++) {
                String name = "w" + w + "-" + i;
                assertThat(handler.added).contains(name);
                if (i % 3 == 0) {
                    assertThat(handler.deleted).contains(name);
                    assertThat(handler.lastSeenValue).doesNotContainKey(name);
                } else {
                    assertThat(handler.lastSeenValue).containsEntry(name, "3");
                }
            }
            assertThat(handler.lastSeenValue).containsEntry("pre-" + w, "x");
        }
        assertThat(handler.deleted).contains("pre-4");
    }
}
