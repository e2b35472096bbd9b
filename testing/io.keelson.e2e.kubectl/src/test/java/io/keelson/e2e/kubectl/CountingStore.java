package io.keelson.e2e.kubectl;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchListener;
import io.keelson.store.api.WriteResult;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the watches opened on it and passes everything through. */
final class CountingStore implements KeyValueStore {

    final AtomicInteger watches = new AtomicInteger();
    private final KeyValueStore store;

    CountingStore(KeyValueStore store) {
        this.store = store;
    }

    @Override
    public String backend() {
        return store.backend();
    }

    @Override
    public long revision() {
        return store.revision();
    }

    @Override
    public Optional<KeyValue> get(String key) {
        return store.get(key);
    }

    @Override
    public RangeResult range(RangeRequest request) {
        return store.range(request);
    }

    @Override
    public WriteResult create(String key, byte[] value, long lease) {
        return store.create(key, value, lease);
    }

    @Override
    public WriteResult update(String key, byte[] value, long expectedModRevision, long lease) {
        return store.update(key, value, expectedModRevision, lease);
    }

    @Override
    public WriteResult delete(String key, long expectedModRevision) {
        return store.delete(key, expectedModRevision);
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        watches.incrementAndGet();
        return store.watch(prefix, afterRevision, listener);
    }

    @Override
    public long compact(long revision) {
        return store.compact(revision);
    }

    @Override
    public long compactedRevision() {
        return store.compactedRevision();
    }

    @Override
    public long grantLease(long ttlSeconds) {
        return store.grantLease(ttlSeconds);
    }

    @Override
    public void keepAlive(long lease) {
        store.keepAlive(lease);
    }

    @Override
    public void revokeLease(long lease) {
        store.revokeLease(lease);
    }
}
