package io.keelson.client.api.workqueue;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/** Makes work queues and rate limiters; a service. */
@ProviderType
public interface WorkQueues {

    /** client-go's default per-item backoff: 5 ms doubling up to 1000 s. */
    Duration DEFAULT_BASE_DELAY = Duration.ofMillis(5);
    Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(1000);

    /** A queue named {@code name} (for logs and thread names) retrying with {@code limiter}. */
    <K> RateLimitingQueue<K> create(String name, RateLimiter<K> limiter);

    /** Per-key exponential backoff: base, 2·base, 4·base, ... capped at max. */
    <K> RateLimiter<K> exponentialBackoff(Duration base, Duration max);

    default <K> RateLimitingQueue<K> create(String name) {
        return create(name, exponentialBackoff(DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY));
    }
}
