package io.keelson.client.api.workqueue;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A queue of keys for workers. A key added while queued is queued once; a key added while a worker
 * processes it is queued again only when that worker calls {@link #done}, so no key is ever
 * processed by two workers at once. Thread-safe.
 */
@ProviderType
public interface WorkQueue<K> {

    /** Queues the key unless it is already queued; ignored after shutdown. */
    void add(K key);

    /** Queues the key after {@code delay} (at once when not positive); an earlier pending time wins. */
    void addAfter(K key, Duration delay);

    /**
     * The next key, waiting for one; the caller owns it until {@link #done}. After
     * {@link #shutDown()} it still hands out queued keys, then returns null: the worker should stop.
     */
    K get() throws InterruptedException;

    /** The worker finished the key; if it was added meanwhile it is queued again. */
    void done(K key);

    /** Keys waiting (not those being processed or delayed). */
    int length();

    /** Ignores further adds and wakes workers; queued keys are still handed out. */
    void shutDown();

    /** {@link #shutDown()}, then waits until no key is being processed. */
    void shutDownWithDrain() throws InterruptedException;

    boolean isShuttingDown();
}
