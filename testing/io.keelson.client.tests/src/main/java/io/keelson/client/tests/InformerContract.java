package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.cache.InformerOptions;
import io.keelson.client.api.cache.Lister;
import io.keelson.client.api.cache.SharedInformer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Informers: list then watch, the indexed cache, handlers, re-list after 410, resync, and agreement with the server. */
public abstract class InformerContract extends WatchContract {

    protected SharedInformer<ConfigMap> informer(KubeClient client, InformerOptions options) {
        return closeLater(informers().create(client, ConfigMap.class, options.withNamespace(ns)));
    }

    protected static Map<String, String> versions(Lister<ConfigMap> lister) {
        Map<String, String> m = new TreeMap<>();
        lister.list().forEach(c -> m.put(c.getMetadata().getName(), c.getMetadata().getResourceVersion()));
        return m;
    }

    @Test
    void anInformerListsThenFollowsAndItsListerAndIndexesAnswer() {
        createConfigMap("a", "1");
        createConfigMap("b", "1", "tier", "x");
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL.withPageSize(1));
        informer.addIndexer("tier", c -> c.getMetadata().getLabels() == null || !c.getMetadata().getLabels().containsKey("tier")
                ? List.of() : List.of(c.getMetadata().getLabels().get("tier")));
        ViewHandler<ConfigMap> handler = new ViewHandler<>();
        SharedInformer.Registration registration = informer.addEventHandler(handler);
        informer.start();
        await().until(() -> informer.hasSynced() && registration.hasSynced());
        assertThat(handler.changes()).containsExactlyInAnyOrder("INITIAL a", "INITIAL b");
        assertThat(informer.lister().get(ns, "a")).isPresent();
        assertThat(informer.lister().getByKey(ns + "/b")).isPresent();
        assertThat(informer.lister().keys()).containsExactly(ns + "/a", ns + "/b");
        assertThat(informer.lister().list(ns)).hasSize(2);
        assertThat(informer.lister().byIndex("tier", "x")).extracting(c -> c.getMetadata().getName()).containsExactly("b");

        ConfigMap a = informer.lister().get(ns, "a").orElseThrow();
        ConfigMap changed = new io.fabric8.kubernetes.api.model.ConfigMapBuilder(a).addToData("v", "2").build();
        configMaps().update(changed);
        configMaps().delete("b");
        createConfigMap("c", "1", "tier", "x");
        await().untilAsserted(() -> {
            assertThat(versions(informer.lister())).isEqualTo(serverVersions());
            assertThat(handler.view()).isEqualTo(serverVersions());
        });
        assertThat(handler.changes()).containsSubsequence("UPDATE a").contains("DELETE b", "ADD c");
        assertThat(informer.lister().byIndex("tier", "x")).extracting(c -> c.getMetadata().getName()).containsExactly("c");
        assertThat(Long.parseLong(informer.lastSyncResourceVersion()))
                .isGreaterThanOrEqualTo(Long.parseLong(informer.lister().get(ns, "c").orElseThrow().getMetadata().getResourceVersion()));
        assertThat(handler.violations()).isEmpty();
    }

    @Test
    void aHandlerAddedAfterTheSyncGetsTheCacheAsInitialAddsThenChanges() {
        createConfigMap("a", "1");
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL);
        informer.start();
        await().until(informer::hasSynced);
        ViewHandler<ConfigMap> late = new ViewHandler<>();
        SharedInformer.Registration registration = informer.addEventHandler(late);
        await().until(registration::hasSynced);
        createConfigMap("b", "1");
        await().untilAsserted(() -> assertThat(late.changes()).containsExactly("INITIAL a", "ADD b"));
        registration.remove();
        assertThat(late.violations()).isEmpty();
    }

    @Test
    void aSelectingInformerDropsObjectsThatLeaveTheSelection() {
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL.withLabelSelector("app=web"));
        ViewHandler<ConfigMap> handler = new ViewHandler<>();
        informer.addEventHandler(handler);
        informer.start();
        await().until(informer::hasSynced);
        createConfigMap("db", "1", "app", "db");
        ConfigMap web = createConfigMap("web", "1", "app", "web");
        web.getMetadata().getLabels().put("app", "db");
        configMaps().update(web);
        createConfigMap("web2", "1", "app", "web");
        await().untilAsserted(() -> assertThat(handler.changes()).containsExactly("ADD web", "DELETE web", "ADD web2"));
        assertThat(informer.lister().keys()).containsExactly(ns + "/web2");
    }

    @Test
    void underConcurrentWritesTheCacheAndTheEventsEndAsTheServerIs() throws Exception {
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL.withPageSize(5));
        ViewHandler<ConfigMap> handler = new ViewHandler<>();
        informer.addEventHandler(handler);
        for (int i = 0; i < 10; i++) {
            createConfigMap("c" + i, "0");
        }
        informer.start();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                long seed = w;
                done.add(writers.submit(() -> randomWrites(new Random(seed), 60)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
        await().untilAsserted(() -> {
            Map<String, String> server = serverVersions();
            assertThat(versions(informer.lister())).isEqualTo(server);
            assertThat(handler.view()).isEqualTo(server);
        });
        assertThat(handler.violations()).isEmpty();
    }

    /** Creates, updates and deletes among 15 names; losing a race (409, 404) is part of the game. */
    private void randomWrites(Random random, int count) {
        for (int i = 0; i < count; i++) {
            String name = "c" + random.nextInt(15);
            try {
                switch (random.nextInt(3)) {
                    case 0 -> createConfigMap(name, Integer.toString(i));
                    case 1 -> {
                        ConfigMap c = configMaps().get(name);
                        c.getData().put("v", Integer.toString(i));
                        configMaps().update(c);
                    }
                    default -> configMaps().delete(name);
                }
            } catch (KubeException e) {
                assertThat(e.code()).isIn(404, 409);
            }
        }
    }

    @Test
    void whenTheWatchHistoryIsGoneTheInformerListsAgainAndCatchesUp() {
        createConfigMap("kept", "1");
        createConfigMap("deleted-in-gap", "1");
        createConfigMap("changed-in-gap", "1");
        GatedClient gated = new GatedClient(client());
        SharedInformer<ConfigMap> informer = informer(gated, InformerOptions.ALL);
        ViewHandler<ConfigMap> handler = new ViewHandler<>();
        informer.addEventHandler(handler);
        informer.start();
        await().until(informer::hasSynced);
        assertThat(gated.lists()).isEqualTo(1);

        gated.closeGate();
        gated.dropWatches();
        configMaps().delete("deleted-in-gap");
        configMaps().patch("changed-in-gap", io.keelson.client.api.PatchType.MERGE, "{\"data\":{\"v\":\"2\"}}");
        createConfigMap("created-in-gap", "1");
        compactHistory();
        gated.openGate();

        await().untilAsserted(() -> {
            assertThat(versions(informer.lister())).isEqualTo(serverVersions());
            assertThat(handler.view()).isEqualTo(serverVersions());
        });
        assertThat(gated.lists()).isEqualTo(2);
        assertThat(handler.changes()).contains("DELETE? deleted-in-gap", "UPDATE changed-in-gap", "ADD created-in-gap")
                .doesNotContain("UPDATE kept");
        // after the re-list the informer watches again and follows
        createConfigMap("after", "1");
        await().untilAsserted(() -> assertThat(informer.lister().get(ns, "after")).isPresent());
        assertThat(handler.violations()).isEmpty();
    }

    @Test
    void aResyncPeriodRedeliversEveryCachedObjectAsAnUpdateToItself() {
        createConfigMap("a", "1");
        createConfigMap("b", "1");
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL.withResyncPeriod(Duration.ofMillis(100)));
        ViewHandler<ConfigMap> handler = new ViewHandler<>();
        informer.addEventHandler(handler);
        informer.start();
        await().until(() -> handler.count("RESYNC a") >= 3 && handler.count("RESYNC b") >= 3);
        assertThat(handler.changes()).containsExactlyInAnyOrder("INITIAL a", "INITIAL b");
        assertThat(handler.view()).isEqualTo(serverVersions());
    }
}
