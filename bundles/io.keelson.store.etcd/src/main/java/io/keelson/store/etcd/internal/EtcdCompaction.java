package io.keelson.store.etcd.internal;

import io.etcd.jetcd.KV;
import io.etcd.jetcd.options.GetOption;
import io.keelson.store.api.StoreException;

/**
 * Compaction. etcd 3.4 does not report its compacted revision directly, so we find it: reads at a
 * revision fail below it and succeed from it on, a binary search over a one-key, count-only range
 * (read-only, about log2(revision) tiny requests, starting from the last revision we knew).
 */
final class EtcdCompaction {

    private final EtcdConnection connection;
    private final Keys keys;
    private final KV kv;
    private volatile long known;

    EtcdCompaction(EtcdConnection connection, Keys keys) {
        this.connection = connection;
        this.keys = keys;
        this.kv = connection.client().getKVClient();
    }

    long compact(long revision) {
        try {
            connection.await(kv.compact(revision));
        } catch (Throwable t) {
            String message = Failures.message(t);
            if (Failures.isCompacted(message)) {
                return compactedRevision(); // already compacted at least this far: nothing to do
            }
            if (message.contains("future revision")) {
                throw new StoreException("cannot compact to revision " + revision + ": it is newer than the store's", t);
            }
            throw connection.unavailable(t);
        }
        known = Math.max(known, revision);
        return revision;
    }

    long compactedRevision() {
        long low = Math.max(known, 1);
        if (readable(low)) {
            return known;
        }
        long high = currentRevision(); // readable; low is not
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (readable(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        known = Math.max(known, high);
        return high;
    }

    private boolean readable(long revision) {
        GetOption option = GetOption.builder().withCountOnly(true).withRevision(revision).build();
        try {
            connection.await(kv.get(keys.toEtcd("\0"), option));
            return true;
        } catch (Throwable t) {
            if (Failures.isCompacted(Failures.message(t))) {
                return false;
            }
            throw connection.unavailable(t);
        }
    }

    private long currentRevision() {
        try {
            return connection.await(kv.get(keys.toEtcd("\0"), GetOption.builder().withCountOnly(true).build()))
                    .getHeader().getRevision();
        } catch (Throwable t) {
            throw connection.unavailable(t);
        }
    }
}
