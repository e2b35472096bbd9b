package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The measurements, each against any {@link KeyValueStore}. */
final class Workloads {

    private static final byte[] VALUE = new byte[256];

    private final KeyValueStore store;

    Workloads(KeyValueStore store) {
        this.store = store;
    }

    /** Compare-and-swap updates per second, each writer updating a key of its own. */
    double casWritesPerSecond(int writers, long warmupMillis, long measureMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        String base = "/bench/cas" + writers + "/";
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String key = base + w;
            futures.add(pool.submit(() -> {
                long rev = store.create(key, VALUE, 0).revision();
                while (!stop.get()) {
                    rev = store.update(key, VALUE, rev, 0).revision();
                    if (counting.get()) {
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(warmupMillis);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(measureMillis);
        long counted = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return counted / seconds;
    }

    /** Median milliseconds to range {@code keys} keys under one prefix (loaded first, not timed). */
    double rangeMillis(int keys, int repeats) throws Exception {
        String prefix = "/bench/range/";
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            String key = String.format("%s%06d", prefix, i);
            futures.add(pool.submit(() -> store.create(key, VALUE, 0)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double[] millis = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            RangeResult result = store.range(RangeRequest.prefix(prefix));
            millis[r] = (System.nanoTime() - start) / 1e6;
            if (result.kvs().size() != keys) {
                throw new IllegalStateException("range returned " + result.kvs().size() + " keys, expected " + keys);
            }
        }
        Arrays.sort(millis);
        return millis[repeats / 2];
    }

    /** Milliseconds from a write's call to its event reaching a watch listener: {p50, p99}. */
    double[] watchLatencyMillis(int writers, int writesEach) throws Exception {
        String prefix = "/bench/watch/";
        Map<String, Long> started = new ConcurrentHashMap<>();
        List<Double> latencies = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(writers * writesEach);
        WatchListener listener = new WatchListener() {
            @Override
            public void onEvents(List<WatchEvent> events) {
                long now = System.nanoTime();
                for (WatchEvent e : events) {
                    latencies.add((now - started.get(e.key())) / 1e6);
                    all.countDown();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try (Watch watch = store.watch(prefix, 0, listener)) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        String key = prefix + writer + "/" + i;
                        started.put(key, System.nanoTime());
                        store.create(key, VALUE, 0);
                    }
                    return null;
                });
            }
            if (!all.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not every watch event arrived");
            }
        } finally {
            pool.shutdown();
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {percentile(sorted, 50), percentile(sorted, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
