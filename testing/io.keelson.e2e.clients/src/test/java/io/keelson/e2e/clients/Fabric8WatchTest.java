package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** fabric8 watches: create, update and delete each arrive, in order, with the object as stored. */
class Fabric8WatchTest extends Fabric8Server {

    record Seen(Watcher.Action action, String name, String value, String resourceVersion) {
    }

    static final class Recorder<T> implements Watcher<T> {
        final List<Seen> events = new CopyOnWriteArrayList<>();
        final java.util.function.BiFunction<Action, T, Seen> map;
        volatile WatcherException closedWith;

        Recorder(java.util.function.BiFunction<Action, T, Seen> map) {
            this.map = map;
        }

        @Override
        public void eventReceived(Action action, T resource) {
            events.add(map.apply(action, resource));
        }

        @Override
        public void onClose(WatcherException cause) {
            closedWith = cause;
        }
    }

    static Seen cm(Watcher.Action a, ConfigMap c) {
        return new Seen(a, c.getMetadata().getName(), c.getData() == null ? null : c.getData().get("k"), c.getMetadata().getResourceVersion());
    }

    @Test
    void configMapWatchSeesCreateUpdateDelete() throws Exception {
        String ns = namespace("f8-watch");
        Recorder<ConfigMap> recorder = new Recorder<>(Fabric8WatchTest::cm);
        try (Watch watch = established(() -> client.configMaps().inNamespace(ns).watch(recorder))) {
            ConfigMap created = client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("w1").endMetadata()
                    .addToData("k", "one").build()).create();
            ConfigMap updated = client.configMaps().inNamespace(ns).withName("w1").edit(c -> new ConfigMapBuilder(c).addToData("k", "two").build());
            client.configMaps().inNamespace(ns).withName("w1").delete();
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorder.events)
                    .extracting(e -> e.action() + " " + e.name() + "=" + e.value())
                    .containsExactly("ADDED w1=one", "MODIFIED w1=two", "DELETED w1=two"));
            assertThat(recorder.events.get(0).resourceVersion()).isEqualTo(created.getMetadata().getResourceVersion());
            assertThat(recorder.events.get(1).resourceVersion()).isEqualTo(updated.getMetadata().getResourceVersion());
            assertThat(Long.parseLong(recorder.events.get(2).resourceVersion()))
                    .isGreaterThan(Long.parseLong(updated.getMetadata().getResourceVersion()));
        }
        assertThat(recorder.closedWith).isNull();
    }

    @Test
    void labelSelectedWatchSeesOnlyMatchingPods() throws Exception {
        String ns = namespace("f8-watch-pods");
        List<String> seen = new CopyOnWriteArrayList<>();
        Watcher<Pod> watcher = new Watcher<>() {
            @Override
            public void eventReceived(Action action, Pod pod) {
                seen.add(action + " " + pod.getMetadata().getName());
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        };
        try (Watch watch = established(() -> client.pods().inNamespace(ns).withLabel("watch", "me").watch(watcher))) {
            for (String name : List.of("a", "b")) {
                client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName(name)
                        .addToLabels("watch", name.equals("a") ? "me" : "not-me").endMetadata()
                        .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build()).create();
            }
            client.pods().inNamespace(ns).withName("a").edit(p -> new PodBuilder(p).editMetadata().addToAnnotations("touched", "yes").endMetadata().build());
            // a change that stops matching is reported as a DELETED event to a selector watch
            client.pods().inNamespace(ns).withName("a").edit(p -> new PodBuilder(p).editMetadata().addToLabels("watch", "no-more").endMetadata().build());
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seen).containsExactly("ADDED a", "MODIFIED a", "DELETED a"));
        }
    }

    @Test
    void watchFromAResourceVersionReplaysWhatCameAfter() throws Exception {
        String ns = namespace("f8-watch-rv");
        String rv = client.configMaps().inNamespace(ns).list().getMetadata().getResourceVersion();
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("early").endMetadata().addToData("k", "e").build())
                .create();
        Recorder<ConfigMap> recorder = new Recorder<>(Fabric8WatchTest::cm);
        try (Watch watch = established(() -> client.configMaps().inNamespace(ns).withResourceVersion(rv).watch(recorder))) {
            client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("late").endMetadata().addToData("k", "l")
                    .build()).create();
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorder.events)
                    .extracting(s -> s.action() + " " + s.name() + "=" + s.value()).containsExactly("ADDED early=e", "ADDED late=l"));
        }
    }
}
