package io.keelson.store.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A store that hands every call to another: the base for wrappers that change one or two calls (a DS
 * component around a store it builds, a test store that counts or intercepts) and forward the rest.
 */
@ConsumerType
public abstract class ForwardingKeyValueStore implements KeyValueStore {

    private final KeyValueStore delegate;

    protected ForwardingKeyValueStore(KeyValueStore delegate) {
        this.delegate = delegate;
    }

    protected KeyValueStore delegate() {
        return delegate;
    }

    @Override
    public String backend() {
        return delegate.backend();
    }

    @Override
    public long revision() {
        return delegate.revision();
    }

    @Override
    public Optional<KeyValue> get(String key) {
        return delegate.get(key);
    }

    @Override
    public RangeResult range(RangeRequest request) {
        return delegate.range(request);
    }

    @Override
    public WriteResult create(String key, byte[] value, long lease) {
        return delegate.create(key, value, lease);
    }

    @Override
    public WriteResult update(String key, byte[] value, long expectedModRevision, long lease) {
        return delegate.update(key, value, expectedModRevision, lease);
    }

    @Override
    public WriteResult delete(String key, long expectedModRevision) {
        return delegate.delete(key, expectedModRevision);
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        return delegate.watch(prefix, afterRevision, listener);
    }

    @Override
    public long compact(long revision) {
        return delegate.compact(revision);
    }

    @Override
    public long compactedRevision() {
        return delegate.compactedRevision();
    }

    @Override
    public long grantLease(long ttlSeconds) {
        return delegate.grantLease(ttlSeconds);
    }

    @Override
    public void keepAlive(long lease) {
        delegate.keepAlive(lease);
    }

    @Override
    public void revokeLease(long lease) {
        delegate.revokeLease(lease);
    }
}
