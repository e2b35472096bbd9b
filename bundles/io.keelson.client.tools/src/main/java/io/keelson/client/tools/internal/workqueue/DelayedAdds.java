package io.keelson.client.tools.internal.workqueue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Keys waiting to be added; one timer per key, the earliest time wins (as client-go's delaying queue). */
final class DelayedAdds<K> implements AutoCloseable {

    /** One key's wait; compared by identity, so a replaced timer that fires anyway does nothing. */
    private static final class Pending {
        final long readyAtNanos;
        ScheduledFuture<?> timer;

        Pending(long readyAtNanos) {
            this.readyAtNanos = readyAtNanos;
        }
    }

    private final ScheduledThreadPoolExecutor timers;
    private final Consumer<K> add;
    private final Map<K, Pending> waiting = new HashMap<>();

    DelayedAdds(String name, Consumer<K> add) {
        this.add = add;
        this.timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "workqueue-" + name + "-delays");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
    }

    synchronized void schedule(K key, Duration delay) {
        if (timers.isShutdown()) {
            return;
        }
        long readyAt = System.nanoTime() + delay.toNanos();
        Pending existing = waiting.get(key);
        if (existing != null && existing.readyAtNanos - readyAt <= 0) {
            return;
        }
        if (existing != null) {
            existing.timer.cancel(false);
        }
        Pending pending = new Pending(readyAt);
        waiting.put(key, pending);
        // fire() needs this monitor, so it cannot run before pending.timer is set
        pending.timer = timers.schedule(() -> fire(key, pending), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void fire(K key, Pending pending) {
        synchronized (this) {
            if (waiting.get(key) != pending) {
                return;
            }
            waiting.remove(key);
        }
        add.accept(key);
    }

    /** How many keys wait. */
    synchronized int size() {
        return waiting.size();
    }

    @Override
    public synchronized void close() {
        timers.shutdownNow();
        waiting.clear();
    }
}
