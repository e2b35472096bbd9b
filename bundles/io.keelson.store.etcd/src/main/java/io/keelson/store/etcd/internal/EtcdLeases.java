package io.keelson.store.etcd.internal;

import io.etcd.jetcd.Lease;
import io.keelson.store.api.LeaseNotFoundException;

/** Leases are etcd's own: expiry deletes the attached keys inside etcd (and watches see DELETEs). */
final class EtcdLeases {

    private final EtcdConnection connection;
    private final Failures failures;
    private final Lease lease;

    EtcdLeases(EtcdConnection connection, Failures failures) {
        this.connection = connection;
        this.failures = failures;
        this.lease = connection.client().getLeaseClient();
    }

    long grant(long ttlSeconds) {
        if (ttlSeconds <= 0) {
            throw new IllegalArgumentException("lease TTL must be > 0 seconds, got " + ttlSeconds);
        }
        try {
            return connection.await(lease.grant(ttlSeconds)).getID();
        } catch (Throwable t) {
            throw failures.map(t, 0, 0);
        }
    }

    void keepAlive(long id) {
        try {
            connection.await(lease.keepAliveOnce(id));
        } catch (Throwable t) {
            throw failures.map(t, 0, id);
        }
    }

    void revoke(long id) {
        try {
            connection.await(lease.revoke(id));
        } catch (Throwable t) {
            if (failures.map(t, 0, id) instanceof LeaseNotFoundException) {
                return; // unknown leases are ignored
            }
            throw failures.map(t, 0, id);
        }
    }
}
