package io.keelson.client.tools.internal.workqueue;

import io.keelson.client.api.workqueue.RateLimiter;
import io.keelson.client.api.workqueue.RateLimitingQueue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * client-go's work queue: {@code dirty} holds keys that need processing, {@code processing} those a
 * worker holds. A key is in {@code queue} only when dirty and not processing, so two workers never
 * hold one key; {@link #done} re-queues a key that got dirty while held.
 */
public final class DefaultWorkQueue<K> implements RateLimitingQueue<K> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<K> queue = new ArrayDeque<>();
    private final Set<K> dirty = new HashSet<>();
    private final Set<K> processing = new HashSet<>();
    private final RateLimiter<K> limiter;
    private final DelayedAdds<K> delayed;
    private boolean shuttingDown;

    public DefaultWorkQueue(String name, RateLimiter<K> limiter) {
        this.limiter = limiter;
        this.delayed = new DelayedAdds<>(name, this::add);
    }

    @Override
    public void add(K key) {
        lock.lock();
        try {
            if (shuttingDown || !dirty.add(key)) {
                return;
            }
            if (!processing.contains(key)) {
                queue.addLast(key);
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void addAfter(K key, Duration delay) {
        if (isShuttingDown()) {
            return;
        }
        if (delay.isZero() || delay.isNegative()) {
            add(key);
        } else {
            delayed.schedule(key, delay);
        }
    }

    @Override
    public K get() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !shuttingDown) {
                changed.await();
            }
            if (queue.isEmpty()) {
                return null;
            }
            K key = queue.removeFirst();
            processing.add(key);
            dirty.remove(key);
            return key;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void done(K key) {
        lock.lock();
        try {
            processing.remove(key);
            if (dirty.contains(key)) {
                queue.addLast(key);
            }
            // wakes a worker for a re-queued key, and shutDownWithDrain waiting for processing to empty
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int length() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutDown() {
        lock.lock();
        try {
            shuttingDown = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        delayed.close();
    }

    @Override
    public void shutDownWithDrain() throws InterruptedException {
        shutDown();
        lock.lock();
        try {
            while (!processing.isEmpty()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isShuttingDown() {
        lock.lock();
        try {
            return shuttingDown;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void addRateLimited(K key) {
        addAfter(key, limiter.when(key));
    }

    @Override
    public void forget(K key) {
        limiter.forget(key);
    }

    @Override
    public int numRequeues(K key) {
        return limiter.retries(key);
    }
}
