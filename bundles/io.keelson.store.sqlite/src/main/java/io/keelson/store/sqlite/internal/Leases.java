package io.keelson.store.sqlite.internal;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.LeaseNotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Lease writes inside the committer's transaction. Expiry is wall-clock time stored with the lease,
 * so a lease outlives a restart only by what remains of its TTL. A lease past its expiry counts as
 * gone even before the reaper has deleted its keys.
 */
final class Leases {

    private final Writes writes;
    private final LongSupplier clock;
    private final PreparedStatement find;
    private final PreparedStatement insert;
    private final PreparedStatement renew;
    private final PreparedStatement remove;
    private final PreparedStatement attached;
    private final PreparedStatement due;

    Leases(Connection c, Writes writes, LongSupplier clock) throws SQLException {
        this.writes = writes;
        this.clock = clock;
        writes.leases = this;
        find = c.prepareStatement("SELECT ttl, expires_at FROM lease WHERE id = ?");
        insert = c.prepareStatement("INSERT OR IGNORE INTO lease (id, ttl, expires_at) VALUES (?, ?, ?)");
        renew = c.prepareStatement("UPDATE lease SET expires_at = ? WHERE id = ?");
        remove = c.prepareStatement("DELETE FROM lease WHERE id = ?");
        // live keys whose newest version carries the lease
        attached = c.prepareStatement("SELECT " + Rows.COLUMNS + " FROM kv WHERE lease = ? AND deleted = 0"
                + " AND id = (SELECT MAX(k.id) FROM kv k WHERE k.name = kv.name) ORDER BY name");
        due = c.prepareStatement("SELECT id FROM lease WHERE expires_at <= ? ORDER BY expires_at, id");
    }

    long grant(long ttlSeconds) throws SQLException {
        if (ttlSeconds <= 0) {
            throw new IllegalArgumentException("lease TTL must be > 0 seconds, got " + ttlSeconds);
        }
        while (true) {
            long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            insert.setLong(1, id);
            insert.setLong(2, ttlSeconds);
            insert.setLong(3, clock.getAsLong() + ttlSeconds * 1000);
            if (insert.executeUpdate() == 1) {
                writes.dirty = true;
                return id;
            }
        }
    }

    /** The lease's TTL in seconds; throws when it is unknown or past its expiry. */
    long requireLive(long lease) throws SQLException {
        if (lease == 0) {
            return 0;
        }
        find.setLong(1, lease);
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next() || rs.getLong(2) <= clock.getAsLong()) {
                throw new LeaseNotFoundException(lease);
            }
            return rs.getLong(1);
        }
    }

    void keepAlive(long lease) throws SQLException {
        long ttl = requireLive(lease);
        renew.setLong(1, clock.getAsLong() + ttl * 1000);
        renew.setLong(2, lease);
        renew.executeUpdate();
        writes.dirty = true;
    }

    /** Deletes the lease and its keys (one DELETE revision each, in key order). Unknown leases are ignored. */
    void revoke(long lease) throws SQLException {
        List<KeyValue> keys = new ArrayList<>();
        attached.setLong(1, lease);
        try (ResultSet rs = attached.executeQuery()) {
            while (rs.next()) {
                keys.add(Rows.kv(rs, 1));
            }
        }
        for (KeyValue kv : keys) {
            writes.tombstone(kv);
        }
        remove.setLong(1, lease);
        if (remove.executeUpdate() > 0) {
            writes.dirty = true;
        }
    }

    /** Revokes every lease past its expiry; returns how many. */
    int expire() throws SQLException {
        List<Long> ids = new ArrayList<>();
        due.setLong(1, clock.getAsLong());
        try (ResultSet rs = due.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            revoke(id);
        }
        return ids.size();
    }
}
