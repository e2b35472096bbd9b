package io.keelson.client.api.workqueue;

import org.osgi.annotation.versioning.ProviderType;

/** A work queue that retries failed keys later, each key backing off on its own. */
@ProviderType
public interface RateLimitingQueue<K> extends WorkQueue<K> {

    /** Queues the key after its rate limiter's delay (growing with each call until {@link #forget}). */
    void addRateLimited(K key);

    /** The key succeeded: reset its backoff. Does not remove it from the queue. */
    void forget(K key);

    /** How often the key was added rate-limited since it was last forgotten. */
    int numRequeues(K key);
}
