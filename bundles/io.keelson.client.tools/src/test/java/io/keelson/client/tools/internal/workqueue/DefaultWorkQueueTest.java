package io.keelson.client.tools.internal.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DefaultWorkQueueTest {

    private final DefaultWorkQueue<String> queue = new DefaultWorkQueue<>("test",
            new ExponentialBackoff<>(Duration.ofMillis(1), Duration.ofMillis(50)));
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        queue.shutDown();
        for (Thread t : threads) {
            t.interrupt();
            t.join();
        }
    }

    @Test
    void aKeyAddedWhileQueuedIsQueuedOnce() throws Exception {
        queue.add("a");
        queue.add("b");
        queue.add("a");
        assertThat(queue.length()).isEqualTo(2);
        assertThat(queue.get()).isEqualTo("a");
        assertThat(queue.get()).isEqualTo("b");
        assertThat(queue.length()).isZero();
    }

    @Test
    void aKeyAddedWhileProcessingWaitsForDoneThenComesBackOnce() throws Exception {
        queue.add("a");
        assertThat(queue.get()).isEqualTo("a");
        queue.add("a");
        queue.add("a");
        queue.add("b");
        // "a" is held: another worker gets "b", not a second "a"
        assertThat(queue.length()).isEqualTo(1);
        assertThat(queue.get()).isEqualTo("b");
        queue.done("b");
        assertThat(queue.length()).isZero();
        queue.done("a");
        assertThat(queue.length()).isEqualTo(1);
        assertThat(queue.get()).isEqualTo("a");
        queue.done("a");
        assertThat(queue.length()).isZero();
    }

    @Test
    void manyWorkersNeverHoldOneKeyAtOnceAndEveryAddIsFollowedByAProcessing() throws Exception {
        Set<String> held = ConcurrentHashMap.newKeySet();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicLong clock = new AtomicLong();
        ConcurrentHashMap<String, Long> lastAdd = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Long> lastStart = new ConcurrentHashMap<>();
        for (int w = 0; w < 8; w++) {
            start(() -> {
                String key;
                while ((key = queue.get()) != null) {
                    if (!held.add(key)) {
                        violations.add(key);
                    }
                    lastStart.merge(key, clock.incrementAndGet(), Math::max);
                    Thread.yield();
                    held.remove(key);
                    queue.done(key);
                }
                return null;
            });
        }
        // producers add keys from a small set so adds often hit queued or held keys
        CountDownLatch producers = new CountDownLatch(4);
        for (int p = 0; p < 4; p++) {
            int seed = p;
            start(() -> {
                for (int i = 0; i < 5_000; i++) {
                    String key = "k" + ((i * 7 + seed) % 20);
                    // stamped before the add: a processing stamped later began after it was requested
                    lastAdd.merge(key, clock.incrementAndGet(), Math::max);
                    queue.add(key);
                }
                producers.countDown();
                return null;
            });
        }
        producers.await();
        await().untilAsserted(() -> {
            assertThat(lastStart.keySet()).isEqualTo(lastAdd.keySet());
            for (String key : lastAdd.keySet()) {
                assertThat(lastStart.get(key)).as(key).isGreaterThan(lastAdd.get(key));
            }
        });
        assertThat(violations).isEmpty();
        assertThat(lastAdd).hasSize(20);
    }

    @Test
    void getWaitsForAnAdd() throws Exception {
        AtomicReference<String> got = new AtomicReference<>();
        Thread worker = start(() -> {
            got.set(queue.get());
            return null;
        });
        await().until(() -> worker.getState() == Thread.State.WAITING);
        queue.add("x");
        await().until(() -> "x".equals(got.get()));
    }

    @Test
    void shutDownIgnoresAddsButStillHandsOutQueuedKeysThenNull() throws Exception {
        queue.add("a");
        queue.add("b");
        queue.shutDown();
        queue.add("c");
        assertThat(queue.isShuttingDown()).isTrue();
        assertThat(queue.get()).isEqualTo("a");
        assertThat(queue.get()).isEqualTo("b");
        assertThat(queue.get()).isNull();
    }

    @Test
    void shutDownWakesIdleWorkers() throws Exception {
        AtomicReference<String> got = new AtomicReference<>("unset");
        Thread worker = start(() -> {
            got.set(queue.get());
            return null;
        });
        await().until(() -> worker.getState() == Thread.State.WAITING);
        queue.shutDown();
        worker.join();
        assertThat(got.get()).isNull();
    }

    @Test
    void shutDownWithDrainWaitsForKeysBeingProcessed() throws Exception {
        queue.add("a");
        assertThat(queue.get()).isEqualTo("a");
        Thread drainer = start(() -> {
            queue.shutDownWithDrain();
            return null;
        });
        await().until(() -> drainer.getState() == Thread.State.WAITING);
        assertThat(drainer.isAlive()).isTrue();
        queue.done("a");
        drainer.join();
        assertThat(queue.get()).isNull();
    }

    @Test
    void addAfterQueuesLaterAndTheEarlierTimeWins() {
        queue.addAfter("late", Duration.ofHours(1));
        queue.addAfter("late", Duration.ofMillis(10));
        queue.addAfter("soon", Duration.ofMillis(10));
        queue.addAfter("soon", Duration.ofHours(1));
        queue.addAfter("now", Duration.ZERO);
        assertThat(queue.length()).isEqualTo(1);
        await().until(() -> queue.length() == 3);
    }

    @Test
    void addRateLimitedBacksOffPerKeyUntilForgotten() throws Exception {
        queue.addRateLimited("a");
        queue.addRateLimited("a");
        queue.addRateLimited("b");
        assertThat(queue.numRequeues("a")).isEqualTo(2);
        assertThat(queue.numRequeues("b")).isEqualTo(1);
        await().until(() -> queue.length() == 2);
        queue.forget("a");
        assertThat(queue.numRequeues("a")).isZero();
        assertThat(queue.numRequeues("b")).isEqualTo(1);
    }

    private interface Body {
        Object run() throws Exception;
    }

    private Thread start(Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                // stopped by the test
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }
}
