package io.keelson.store.sqlite.internal;

import io.keelson.store.api.ConflictException;
import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Key writes inside the committer's transaction. Every operation checks first and writes after, so
 * a caller's mistake (exists, not found, conflict) throws before touching anything and the other
 * operations of the batch go on. Reads here go through the write connection and so see the
 * batch's earlier, uncommitted writes: each operation runs against the state the previous left.
 */
final class Writes {

    private final Connection c;
    private final Revisions revisions;
    private final PreparedStatement latest;
    private final PreparedStatement insert;
    private final PreparedStatement compact;
    private final PreparedStatement saveCompacted;
    Leases leases;

    /** The revision of the batch's last write; starts at the committed revision. */
    long revision;
    /** Something besides revisions changed (leases), so the batch must commit. */
    boolean dirty;
    List<WatchEvent> events = new ArrayList<>();

    Writes(Connection c, Revisions revisions) throws SQLException {
        this.c = c;
        this.revisions = revisions;
        latest = c.prepareStatement("SELECT " + Rows.COLUMNS + " FROM kv WHERE name = ? ORDER BY id DESC LIMIT 1");
        insert = c.prepareStatement("INSERT INTO kv (id, name, deleted, create_revision, prev_revision, version,"
                + " lease, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        // versions superseded at or below the revision go, and so do deletions at or below it
        compact = c.prepareStatement("DELETE FROM kv WHERE id <= ?1 AND (deleted = 1 OR id < (SELECT MAX(k.id)"
                + " FROM kv k WHERE k.name = kv.name AND k.id <= ?1))");
        saveCompacted = c.prepareStatement("UPDATE meta SET value = ? WHERE name = 'compacted'");
    }

    void begin() {
        revision = revisions.current;
        dirty = false;
        events = new ArrayList<>();
    }

    boolean changed() {
        return dirty || revision != revisions.current;
    }

    /** The key's live version, or null. */
    KeyValue current(String key) throws SQLException {
        latest.setBytes(1, Rows.utf8(key));
        try (ResultSet rs = latest.executeQuery()) {
            return rs.next() && !Rows.deleted(rs, 1) ? Rows.kv(rs, 1) : null;
        }
    }

    WriteResult create(String key, byte[] value, long lease) throws SQLException {
        if (current(key) != null) {
            throw new KeyExistsException(key);
        }
        leases.requireLive(lease);
        long rev = insert(key, false, 0, 0, 1, lease, value);
        events.add(new WatchEvent(WatchEvent.Type.PUT, new KeyValue(key, value, rev, rev, 1, lease), null));
        return new WriteResult(rev, null);
    }

    WriteResult update(String key, byte[] value, long expected, long lease) throws SQLException {
        KeyValue cur = guarded(key, expected);
        leases.requireLive(lease);
        long rev = insert(key, false, cur.createRevision(), cur.modRevision(), cur.version() + 1, lease, value);
        KeyValue kv = new KeyValue(key, value, cur.createRevision(), rev, cur.version() + 1, lease);
        events.add(new WatchEvent(WatchEvent.Type.PUT, kv, cur));
        return new WriteResult(rev, cur);
    }

    WriteResult delete(String key, long expected) throws SQLException {
        KeyValue cur = guarded(key, expected);
        return new WriteResult(tombstone(cur), cur);
    }

    private KeyValue guarded(String key, long expected) throws SQLException {
        KeyValue cur = current(key);
        if (cur == null) {
            throw new KeyNotFoundException(key);
        }
        if (expected != 0 && cur.modRevision() != expected) {
            throw new ConflictException(key, expected, cur);
        }
        return cur;
    }

    /** Deletes a live key (explicitly or for its lease); returns the deletion's revision. */
    long tombstone(KeyValue cur) throws SQLException {
        long rev = insert(cur.key(), true, cur.createRevision(), cur.modRevision(), 0, 0, Rows.EMPTY);
        events.add(new WatchEvent(WatchEvent.Type.DELETE, Rows.deletion(cur.key(), rev), cur));
        return rev;
    }

    private long insert(String key, boolean deleted, long createRevision, long prev, long version, long lease,
            byte[] value) throws SQLException {
        long rev = revision + 1;
        insert.setLong(1, rev);
        insert.setBytes(2, Rows.utf8(key));
        insert.setInt(3, deleted ? 1 : 0);
        insert.setLong(4, createRevision == 0 && !deleted ? rev : createRevision);
        insert.setLong(5, prev);
        insert.setLong(6, version);
        insert.setLong(7, lease);
        insert.setBytes(8, value);
        insert.executeUpdate();
        revision = rev;
        return rev;
    }

    long compact(long target) throws SQLException {
        long done = revisions.compacted;
        if (target <= done) {
            return done;
        }
        if (target > revision) {
            throw new StoreException("cannot compact to revision " + target + ": the store is at " + revision);
        }
        // published before the commit: a read racing this sees the new mark after its query and refuses
        revisions.compacted = target;
        compact.setLong(1, target);
        compact.executeUpdate();
        saveCompacted.setLong(1, target);
        saveCompacted.executeUpdate();
        dirty = true;
        return target;
    }
}
