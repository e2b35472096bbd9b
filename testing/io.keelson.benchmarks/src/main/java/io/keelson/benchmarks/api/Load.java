package io.keelson.benchmarks.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load shapes. Closed loop: N clients, each sending its next request when the last one returned.
 * Open loop: requests at a fixed rate whatever the replies do, latency counted from the intended
 * send time (so a stall shows as latency, not as fewer requests).
 */
public final class Load {

    /** The measured outcome of a phase: latency of successful requests begun in the window, their rate, failures, stragglers. */
    public record Result(Latency latency, double perSecond, long failed, long unfinished) {
    }

    /** An asynchronous request; {@code done(true)} when it succeeded (a failure is recorded by the op itself). */
    public interface AsyncOp {
        void call(int client, long seq, Done done);
    }

    public interface Done {
        void done(boolean ok);
    }

    /** A blocking call (the store); throwing counts as a failure. */
    public interface BlockingOp {
        void call(int client, long seq) throws Exception;
    }

    private Load() {
    }

    public static Result closed(int clients, Duration warmup, Duration measure, AsyncOp op) throws InterruptedException {
        Window w = new Window(warmup, measure);
        Phaser running = new Phaser(1);
        for (int c = 0; c < clients; c++) {
            running.register();
            next(op, c, 0, w, running);
        }
        return w.finish(running);
    }

    private static void next(AsyncOp op, int client, long seq, Window w, Phaser running) {
        if (w.over()) {
            running.arriveAndDeregister();
            return;
        }
        long start = System.nanoTime();
        op.call(client, seq, ok -> {
            w.record(start, System.nanoTime() - start, ok);
            next(op, client, seq + 1, w, running);
        });
    }

    public static Result closed(int clients, Duration warmup, Duration measure, BlockingOp op) throws Exception {
        Window w = new Window(warmup, measure);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            all.add(pool.submit(() -> {
                for (long seq = 0; !w.over(); seq++) {
                    w.record(time(op, client, seq, w));
                }
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        return w.finish(null);
    }

    public static Result open(int rate, Duration warmup, Duration measure, AsyncOp op) throws InterruptedException {
        Window w = new Window(warmup, measure);
        Phaser running = new Phaser(1);
        long period = 1_000_000_000L / rate;
        long lag = 0;
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        int mostInFlight = 0;
        for (long k = 0; !w.over(); k++) {
            long intended = w.begin + k * period;
            parkUntil(intended);
            lag = Math.max(lag, System.nanoTime() - intended);
            running.register();
            mostInFlight = Math.max(mostInFlight, inFlight.incrementAndGet());
            op.call((int) k, k, ok -> {
                w.record(intended, System.nanoTime() - intended, ok);
                inFlight.decrementAndGet();
                running.arriveAndDeregister();
            });
        }
        System.err.printf(java.util.Locale.ROOT, "  open loop: longest send delay %.1f ms, most requests in flight %d%n", lag / 1e6, mostInFlight);
        return w.finish(running);
    }

    public static Result open(int rate, Duration warmup, Duration measure, BlockingOp op) throws Exception {
        Window w = new Window(warmup, measure);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long period = 1_000_000_000L / rate;
        for (long k = 0; !w.over(); k++) {
            long intended = w.begin + k * period;
            long seq = k;
            parkUntil(intended);
            pool.execute(() -> {
                boolean ok = time(op, (int) seq, seq, w) >= 0;
                w.record(intended, System.nanoTime() - intended, ok);
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return w.finish(null);
    }

    /** Runs a blocking op, recording its latency; returns -1 after a failure. */
    private static long time(BlockingOp op, int client, long seq, Window w) {
        long start = System.nanoTime();
        try {
            op.call(client, seq);
            long nanos = System.nanoTime() - start;
            return w.counts(start) ? nanos : -2;
        } catch (Exception e) {
            w.record(start, 0, false);
            return -1;
        }
    }

    private static void parkUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** The warm-up and measured window of one phase, and what was recorded in it. */
    private static final class Window {
        final long begin = System.nanoTime();
        final long from;
        final long until;
        final Latency latency = new Latency();
        final AtomicLong failed = new AtomicLong();
        final AtomicBoolean stopped = new AtomicBoolean();

        Window(Duration warmup, Duration measure) {
            from = begin + warmup.toNanos();
            until = from + measure.toNanos();
        }

        boolean over() {
            return System.nanoTime() >= until;
        }

        boolean counts(long start) {
            return start >= from && start < until;
        }

        void record(long start, long nanos, boolean ok) {
            if (counts(start)) {
                if (ok) {
                    latency.record(nanos);
                } else {
                    failed.incrementAndGet();
                }
            }
        }

        /** From the blocking loop: a latency (>= 0), a failure already counted (-1), or outside the window (-2). */
        void record(long nanos) {
            if (nanos >= 0) {
                latency.record(nanos);
            }
        }

        Result finish(Phaser running) throws InterruptedException {
            long unfinished = 0;
            if (running != null) {
                int phase = running.arrive();
                try {
                    running.awaitAdvanceInterruptibly(phase, 90, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    unfinished = running.getUnarrivedParties();
                }
            }
            double seconds = (until - from) / 1e9;
            return new Result(latency, latency.count() / seconds, failed.get(), unfinished);
        }
    }
}
