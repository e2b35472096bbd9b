package io.keelson.apiserver.internal.watch;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One watcher's view of a type's changes: a bounded queue the shared watch fills without ever
 * waiting. A watcher that falls {@code capacity} changes behind is cut off (as Kubernetes' cacher
 * closes unresponsive watchers); its client re-watches from the last version it saw.
 */
public final class Subscription implements AutoCloseable {

    private final String keyPrefix;
    private final String exactKey;
    private final long after;
    private final int capacity;
    private final ArrayDeque<Change> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private boolean ended;
    private String endReason;
    private final Runnable onClose;

    Subscription(String keyPrefix, String exactKey, long after, int capacity, Runnable onClose) {
        this.keyPrefix = keyPrefix;
        this.exactKey = exactKey;
        this.after = after;
        this.capacity = capacity;
        this.onClose = onClose;
    }

    boolean wants(Change c) {
        return c.revision() > after && c.key().startsWith(keyPrefix) && (exactKey == null || exactKey.equals(c.key()));
    }

    /** Called by the shared watch; never blocks. Returns false once the subscription has ended. */
    boolean offer(Change c) {
        lock.lock();
        try {
            if (ended) {
                return false;
            }
            if (queue.size() >= capacity) {
                end("the watcher fell " + capacity + " changes behind");
                return false;
            }
            queue.add(c);
            ready.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the subscription; the watcher sees {@link #ended()} once it has taken what is queued. */
    void end(String reason) {
        lock.lock();
        try {
            if (!ended) {
                ended = true;
                endReason = reason;
                ready.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The next change, or null after {@code millis} or when the subscription ended. */
    public Change poll(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (queue.isEmpty() && !ended && nanos > 0) {
                nanos = ready.awaitNanos(nanos);
            }
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }

    /** True when it ended and nothing is left to take. */
    public boolean ended() {
        lock.lock();
        try {
            return ended && queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    public String endReason() {
        return endReason;
    }

    @Override
    public void close() {
        end("closed");
        onClose.run();
    }
}
