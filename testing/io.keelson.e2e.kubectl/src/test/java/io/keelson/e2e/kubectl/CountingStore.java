package io.keelson.e2e.kubectl;

import io.keelson.store.api.ForwardingKeyValueStore;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchListener;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the watches opened on it and passes everything through. */
final class CountingStore extends ForwardingKeyValueStore {

    final AtomicInteger watches = new AtomicInteger();

    CountingStore(KeyValueStore store) {
        super(store);
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        watches.incrementAndGet();
        return super.watch(prefix, afterRevision, listener);
    }
}
