package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Watch: every change after the start revision, once, in order, with previous values. */
public abstract class WatchContract extends RangeContract {

    @Test
    void watchFromNowSeesLaterWritesInOrder() {
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, 0, l)) {
            long a = put("a", "1").revision();
            store().update(key("a"), bytes("2"), a, KeyValueStore.NO_LEASE);
            store().delete(key("a"), 0);
            await().untilAsserted(() -> assertThat(describe(l.events())).containsExactly("PUT a=1", "PUT a=2", "DELETE a"));
            WatchEvent created = l.events().get(0);
            assertThat(created.isCreate()).isTrue();
            assertThat(created.previous()).isNull();
            assertThat(created.current()).isEqualTo(store().range(
                    io.keelson.store.api.RangeRequest.prefix(key("a")).atRevision(a)).kvs().get(0));
            WatchEvent updated = l.events().get(1);
            assertThat(updated.isCreate()).isFalse();
            assertThat(str(updated.previous().value())).isEqualTo("1");
            assertThat(updated.previous().modRevision()).isEqualTo(a);
            assertThat(l.violations()).isEmpty();
        }
    }

    @Test
    void deleteEventsCarryThePreviousValue() {
        put("a", "last words");
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, 0, l)) {
            long d = store().delete(key("a"), 0).revision();
            await().until(() -> !l.events().isEmpty());
            WatchEvent e = l.events().get(0);
            assertThat(e.type()).isEqualTo(WatchEvent.Type.DELETE);
            assertThat(e.key()).isEqualTo(key("a"));
            assertThat(e.revision()).isEqualTo(d);
            assertThat(e.current().value()).isEmpty();
            assertThat(str(e.previous().value())).isEqualTo("last words");
        }
    }

    @Test
    void watchFromAPastRevisionReplaysExactlyTheLaterEventsThenContinues() {
        put("before", "x");
        long start = store().revision();
        long a = put("a", "1").revision();
        store().update(key("a"), bytes("2"), a, KeyValueStore.NO_LEASE);
        put("b", "1");
        store().delete(key("b"), 0);
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, start, l)) {
            put("c", "live");
            await().untilAsserted(() -> assertThat(describe(l.events()))
                    .containsExactly("PUT a=1", "PUT a=2", "PUT b=1", "DELETE b", "PUT c=live"));
            assertThat(l.revisions().get(0)).isEqualTo(start + 1);
            assertStrictlyIncreasing(l.revisions());
            assertThat(str(l.events().get(3).previous().value())).isEqualTo("1");
        }
    }

    @Test
    void watchFromTheMiddleStartsAfterIt() {
        long r1 = put("a", "1").revision();
        put("b", "2");
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, r1, l)) {
            put("c", "3");
            await().untilAsserted(() -> assertThat(describe(l.events())).containsExactly("PUT b=2", "PUT c=3"));
        }
    }

    @Test
    void watchOfAPrefixDoesNotSeeSiblingsThatShareItsBeginning() {
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(key("a/"), 0, l)) {
            put("ab", "sibling");
            put("a", "parent");
            put("a/x", "child");
            await().until(() -> !l.events().isEmpty());
            // a match for "ab" or "a" would have come first: events arrive in revision order
            assertThat(describe(l.events())).containsExactly("PUT a/x=child");
        }
    }

    @Test
    void closedWatchGetsNothingMore() {
        RecordingListener closed = new RecordingListener();
        RecordingListener open = new RecordingListener();
        Watch w = store().watch(prefix, 0, closed);
        put("a", "1");
        await().until(() -> closed.events().size() == 1);
        w.close();
        w.close(); // twice is harmless
        try (Watch w2 = store().watch(prefix, 0, open)) {
            put("b", "2");
            await().until(() -> open.events().size() == 1);
            assertThat(describe(closed.events())).containsExactly("PUT a=1");
        }
    }

    @Test
    void noEventLostOrDoubledUnderConcurrentWriters() throws Exception {
        int writers = 8;
        int perWriter = 40;
        long start = store().revision();
        RecordingListener live = new RecordingListener();
        Set<Long> acknowledged = new ConcurrentSkipListSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try (Watch w = store().watch(prefix, 0, live)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < writers; t++) {
                int writer = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String k = key("w" + writer + "/k" + (i % 5));
                        var current = store().get(k);
                        long rev = current.isEmpty()
                                ? store().create(k, bytes("v" + i), KeyValueStore.NO_LEASE).revision()
                                : i % 7 == 0 ? store().delete(k, current.get().modRevision()).revision()
                                : store().update(k, bytes("v" + i), current.get().modRevision(),
                                        KeyValueStore.NO_LEASE).revision();
                        acknowledged.add(rev);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            assertThat(acknowledged).hasSize(writers * perWriter);
            await().untilAsserted(() -> assertThat(new TreeSet<>(live.revisions())).isEqualTo(acknowledged));
            assertStrictlyIncreasing(live.revisions());
            assertThat(live.revisions()).hasSameSizeAs(acknowledged);

            // a watch started in the past while writes were going on sees the same history
            RecordingListener replay = new RecordingListener();
            try (Watch w2 = store().watch(prefix, start, replay)) {
                await().untilAsserted(() -> assertThat(replay.revisions()).isEqualTo(live.revisions()));
            }
            assertThat(live.violations()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void watchStartedDuringWritesHasNoGapOrDoubleAtTheSwitchToLive() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long start = store().revision();
            Future<List<Long>> writes = pool.submit(() -> {
                List<Long> revs = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    revs.add(put("k" + i, "v").revision());
                }
                return revs;
            });
            List<RecordingListener> listeners = new ArrayList<>();
            List<Watch> watches = new ArrayList<>();
            // watches starting from the same past revision at different moments of the burst
            do {
                RecordingListener l = new RecordingListener();
                listeners.add(l);
                watches.add(store().watch(prefix, start, l));
                Thread.sleep(5);
            } while (!writes.isDone() && listeners.size() < 20);
            List<Long> revs = writes.get();
            for (RecordingListener l : listeners) {
                await().untilAsserted(() -> assertThat(l.revisions()).isEqualTo(revs));
            }
            watches.forEach(Watch::close);
        } finally {
            pool.shutdownNow();
        }
    }
}
