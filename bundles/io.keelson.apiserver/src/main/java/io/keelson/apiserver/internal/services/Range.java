package io.keelson.apiserver.internal.services;

import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A range of values (addresses, ports) handed out as store keys under a prefix: a key's creation is
 * the allocation, so it is atomic across API servers. Dynamic picks start at a random offset.
 */
final class Range<T> {

    private final KeyValueStore store;
    private final String prefix;
    private final IntFunction<T> at;
    private final int size;
    private final int firstDynamic;
    private final ToIntFunction<T> offsetOf;
    private final String noun;
    private final String description;

    Range(KeyValueStore store, String prefix, IntFunction<T> at, int size, int firstDynamic, ToIntFunction<T> offsetOf, String noun,
            String description) {
        this.store = store;
        this.prefix = prefix;
        this.at = at;
        this.size = size;
        this.firstDynamic = firstDynamic;
        this.offsetOf = offsetOf;
        this.noun = noun;
        this.description = description;
    }

    /** Any free value, or null when the range is full. */
    T any() {
        int span = size - firstDynamic;
        int start = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            T value = at.apply(firstDynamic + (start + i) % span);
            if (take(value)) {
                return value;
            }
        }
        return null;
    }

    /** Takes a value; false when someone holds it. */
    boolean take(T value) {
        try {
            store.create(prefix + value, "{}".getBytes(StandardCharsets.UTF_8), KeyValueStore.NO_LEASE);
            return true;
        } catch (KeyExistsException e) {
            return false;
        }
    }

    /** Takes a requested value; the reason in Kubernetes' words when it cannot be had, else null. */
    String claim(T value) {
        if (offsetOf.applyAsInt(value) < 0) {
            return "provided " + noun + " is not in the valid range. The range of valid " + noun + "s is " + description;
        }
        return take(value) ? null : "provided " + noun + " is already allocated";
    }

    void free(T value) {
        try {
            store.delete(prefix + value, 0);
        } catch (KeyNotFoundException e) {
            // released already
        }
    }
}
