package io.keelson.store.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A revisioned key-value store with etcd's semantics.
 *
 * <p>Every successful write creates exactly one new global revision, greater than every revision
 * before it. Writes are linearizable: a write acknowledged to one caller is seen by every later
 * read. Methods throw {@link StoreException} subclasses; a caller's mistake (key exists, stale
 * mod-revision) never leaves a partial write.
 */
@ProviderType
public interface KeyValueStore {

    /** The lease id meaning "no lease". */
    long NO_LEASE = 0;

    /** A short name of the backend ("sqlite", "etcd"), for users and logs. */
    String backend();

    /** The store's current revision. */
    long revision();

    /** The current value of a key. */
    Optional<KeyValue> get(String key);

    /** Keys under a prefix, in key order, at a revision. */
    RangeResult range(RangeRequest request);

    /**
     * Creates a key.
     *
     * @throws KeyExistsException when the key exists
     */
    WriteResult create(String key, byte[] value, long lease);

    /**
     * Replaces a key's value if its mod-revision is still {@code expectedModRevision}.
     *
     * @throws KeyNotFoundException when the key does not exist
     * @throws ConflictException    when the key's mod-revision differs
     */
    WriteResult update(String key, byte[] value, long expectedModRevision, long lease);

    /**
     * Deletes a key if its mod-revision is still {@code expectedModRevision}; 0 deletes whatever
     * version is there.
     *
     * @throws KeyNotFoundException when the key does not exist
     * @throws ConflictException    when the key's mod-revision differs
     */
    WriteResult delete(String key, long expectedModRevision);

    /**
     * Watches keys under {@code prefix} for changes after {@code afterRevision} (0: from now on).
     * Every change after it is delivered once, in order. A start below the compacted revision ends
     * the watch with {@link CompactedException} through {@link WatchListener#onError}.
     */
    Watch watch(String prefix, long afterRevision, WatchListener listener);

    /**
     * Discards history up to and including {@code revision}; current values stay. Reads and watches
     * below it then fail with {@link CompactedException}.
     *
     * @return the compacted revision
     */
    long compact(long revision);

    /** The revision up to which history was discarded (0 when never compacted). */
    long compactedRevision();

    /** Grants a lease that expires {@code ttlSeconds} after its grant or last keep-alive. */
    long grantLease(long ttlSeconds);

    /**
     * Renews a lease for its full TTL.
     *
     * @throws LeaseNotFoundException when it expired or was revoked
     */
    void keepAlive(long lease);

    /**
     * Revokes a lease now, deleting the keys attached to it (watchers see a DELETE per key; the
     * deletions may share one revision, as in etcd, or take one each). Unknown leases are ignored.
     */
    void revokeLease(long lease);
}
