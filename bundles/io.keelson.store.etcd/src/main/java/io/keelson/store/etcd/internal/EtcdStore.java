package io.keelson.store.etcd.internal;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchListener;
import io.keelson.store.api.WriteResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The store on etcd: revisions, guards, ranges, watches, compaction and leases are etcd's own.
 * Usable without OSGi: {@code new EtcdStore(EtcdStore.parseEndpoints("http://127.0.0.1:2379"), "")}.
 */
public final class EtcdStore implements KeyValueStore, AutoCloseable {

    /** How long a watch keeps reconnecting before it ends with StoreUnavailableException. */
    static final long WATCH_GIVE_UP_MILLIS = 60_000;

    private final EtcdConnection connection;
    private final Keys keys;
    private final EtcdKv kv;
    private final EtcdCompaction compaction;
    private final EtcdLeases leases;

    public EtcdStore(List<String> endpoints, String keyPrefix) {
        this(endpoints, keyPrefix, Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    public EtcdStore(List<String> endpoints, String keyPrefix, Duration connectTimeout, Duration requestTimeout) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no etcd endpoints given; pass --etcd-endpoints URL");
        }
        this.connection = new EtcdConnection(endpoints, connectTimeout, requestTimeout);
        this.keys = new Keys(keyPrefix);
        this.compaction = new EtcdCompaction(connection, keys);
        Failures failures = new Failures(connection, compaction::compactedRevision);
        this.kv = new EtcdKv(connection, keys, failures);
        this.leases = new EtcdLeases(connection, failures);
    }

    /** Splits a comma-separated endpoint list ("http://a:2379,http://b:2379"). */
    public static List<String> parseEndpoints(String endpoints) {
        return Arrays.stream(endpoints == null ? new String[0] : endpoints.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String backend() {
        return "etcd";
    }

    @Override
    public long revision() {
        return kv.revision();
    }

    @Override
    public Optional<KeyValue> get(String key) {
        return kv.get(key);
    }

    @Override
    public RangeResult range(RangeRequest request) {
        return kv.range(request);
    }

    @Override
    public WriteResult create(String key, byte[] value, long lease) {
        return kv.create(key, value, lease);
    }

    @Override
    public WriteResult update(String key, byte[] value, long expectedModRevision, long lease) {
        return kv.update(key, value, expectedModRevision, lease);
    }

    @Override
    public WriteResult delete(String key, long expectedModRevision) {
        return kv.delete(key, expectedModRevision);
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        // "from now on" is pinned to a revision first, so a reconnect can resume without a gap
        long start = (afterRevision > 0 ? afterRevision : kv.revision()) + 1;
        EtcdWatch watch = new EtcdWatch(connection, keys, prefix, start, listener, WATCH_GIVE_UP_MILLIS);
        watch.start();
        return watch;
    }

    @Override
    public long compact(long revision) {
        return compaction.compact(revision);
    }

    @Override
    public long compactedRevision() {
        return compaction.compactedRevision();
    }

    @Override
    public long grantLease(long ttlSeconds) {
        return leases.grant(ttlSeconds);
    }

    @Override
    public void keepAlive(long lease) {
        leases.keepAlive(lease);
    }

    @Override
    public void revokeLease(long lease) {
        leases.revoke(lease);
    }

    /** Closes the client and waits for its Netty event loops and executors to stop. */
    @Override
    public void close() {
        connection.close();
    }
}
