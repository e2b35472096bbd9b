package io.keelson.client.api.workqueue;

import java.time.Duration;
import org.osgi.annotation.versioning.ConsumerType;

/** Decides how long a failing key waits before its next try. Thread-safe. */
@ConsumerType
public interface RateLimiter<K> {

    /** The delay for this failure of the key; counts it. */
    Duration when(K key);

    /** Forgets the key's failures. */
    void forget(K key);

    /** The key's failures counted since it was last forgotten. */
    int retries(K key);
}
