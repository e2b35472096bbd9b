package io.keelson.store.etcd.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.StoreUnavailableException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.contract.RecordingListener;
import io.keelson.store.etcd.internal.EtcdStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A three-member cluster loses its leader to {@code kill -9} while 16 writers write through one store
 * that knows all three endpoints. The client must fail over; afterwards every acknowledged write is
 * on the survivors with its value. Writes that failed are retried by the writer but never counted.
 */
class ThreeMemberFailoverTest {

    private static final int WRITERS = 16;

    @Test
    void acknowledgedWritesSurviveTheLeaderBeingKilled() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger ambiguous = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try (EtcdCluster cluster = EtcdCluster.start(3);
                EtcdStore store = new EtcdStore(EtcdStore.parseEndpoints(cluster.endpoints()), "/failover")) {
            // three watches: round-robin puts their streams on different members, so one of them
            // loses its member with the leader and must resume elsewhere without a gap or a double
            long start = store.revision();
            List<RecordingListener> watchers = new ArrayList<>();
            List<Watch> watches = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RecordingListener l = new RecordingListener();
                watchers.add(l);
                watches.add(store.watch("/w", start, l));
            }
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < WRITERS; t++) {
                    int writer = t;
                    writers.add(pool.submit(() -> write(store, writer, stop, acknowledged, failures, ambiguous)));
                }
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 1000);

                EtcdMember leader = cluster.leader();
                int beforeKill = acknowledged.size();
                leader.kill();
                System.out.printf("killed leader %s (pid %d) after %d acknowledged writes%n", leader.name(),
                        leader.pid(), beforeKill);

                // the client has failed over once writes are acknowledged again, well past the kill
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= beforeKill + 1000);
                stop.set(true);
                for (Future<?> f : writers) {
                    f.get();
                }
            } finally {
                stop.set(true);
                pool.shutdownNow();
            }
            System.out.printf("%d acknowledged, %d failed attempts (retried), %d ambiguous (not counted)%n",
                    acknowledged.size(), failures.get(), ambiguous.get());

            for (RecordingListener l : watchers) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> l.error() != null
                        || l.events().stream().map(WatchEvent::key).collect(Collectors.toSet())
                                .containsAll(acknowledged.keySet()));
                assertThat(l.error()).isNull();
                assertThat(l.violations()).isEmpty();
                List<Long> revisions = l.revisions();
                for (int i = 1; i < revisions.size(); i++) {
                    assertThat(revisions.get(i)).as("event %d", i).isGreaterThan(revisions.get(i - 1));
                }
                for (WatchEvent e : l.events()) {
                    String value = acknowledged.get(e.key());
                    if (value != null) {
                        assertThat(new String(e.current().value(), StandardCharsets.UTF_8)).isEqualTo(value);
                    }
                }
            }
            watches.forEach(Watch::close);

            for (EtcdMember survivor : cluster.members()) {
                if (!survivor.isAlive()) {
                    continue;
                }
                try (EtcdStore direct = new EtcdStore(List.of(survivor.clientUrl()), "/failover")) {
                    Map<String, String> found = readAll(direct);
                    Map<String, String> missingOrWrong = acknowledged.entrySet().stream()
                            .filter(e -> !e.getValue().equals(found.get(e.getKey())))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    assertThat(missingOrWrong).as("acknowledged writes missing or wrong on %s", survivor.name())
                            .isEmpty();
                }
            }
        }
    }

    private static Void write(EtcdStore store, int writer, AtomicBoolean stop, Map<String, String> acknowledged,
            AtomicInteger failures, AtomicInteger ambiguous) throws InterruptedException {
        for (int i = 0; !stop.get(); i++) {
            String key = "/w" + writer + "/k" + i;
            String value = "v" + writer + "-" + i;
            boolean retried = false;
            while (!stop.get()) {
                try {
                    store.create(key, value.getBytes(StandardCharsets.UTF_8), KeyValueStore.NO_LEASE);
                    acknowledged.put(key, value);
                    break;
                } catch (KeyExistsException e) {
                    // an earlier attempt that failed for us did reach etcd: not acknowledged, move on
                    if (retried) {
                        ambiguous.incrementAndGet();
                    }
                    break;
                } catch (StoreUnavailableException e) {
                    failures.incrementAndGet();
                    retried = true;
                    Thread.sleep(20);
                }
            }
        }
        return null;
    }

    private static Map<String, String> readAll(EtcdStore store) {
        Map<String, String> all = new HashMap<>();
        RangeRequest request = RangeRequest.prefix("/w").withLimit(2000);
        while (true) {
            RangeResult page = store.range(request);
            for (KeyValue kv : page.kvs()) {
                all.put(kv.key(), new String(kv.value(), StandardCharsets.UTF_8));
            }
            if (page.continueKey() == null) {
                return all;
            }
            request = request.startingAt(page.continueKey()).atRevision(page.revision());
        }
    }
}
