package io.keelson.client.tools.internal.workqueue;

import io.keelson.client.api.workqueue.RateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** base · 2^failures, capped at max, counted per key (client-go's ItemExponentialFailureRateLimiter). */
public final class ExponentialBackoff<K> implements RateLimiter<K> {

    private final Duration base;
    private final Duration max;
    private final ConcurrentHashMap<K, Integer> failures = new ConcurrentHashMap<>();

    public ExponentialBackoff(Duration base, Duration max) {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= max, got " + base + " and " + max);
        }
        this.base = base;
        this.max = max;
    }

    @Override
    public Duration when(K key) {
        int exponent = failures.merge(key, 1, Integer::sum) - 1;
        // past 2^62 any base overflows; the cap applies long before
        if (exponent >= 62) {
            return max;
        }
        long factor = 1L << exponent;
        long nanos = base.toNanos();
        if (nanos != 0 && factor > max.toNanos() / nanos) {
            return max;
        }
        return Duration.ofNanos(nanos * factor);
    }

    @Override
    public void forget(K key) {
        failures.remove(key);
    }

    @Override
    public int retries(K key) {
        return failures.getOrDefault(key, 0);
    }
}
