package io.keelson.store.sqlite.internal;

import io.keelson.store.api.CompactedException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.StoreUnavailableException;
import io.keelson.store.api.WatchEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads, on a small pool of read connections (WAL lets them run beside the committer). Every read
 * is bounded by a revision no newer than the last commit, and checks the compacted revision after
 * its query, so it never returns rows a compaction was removing.
 */
final class Reader implements AutoCloseable {

    private static final String LATEST_PER_NAME = "SELECT MAX(id) AS mid FROM kv WHERE name >= ? AND name < ?"
            + " AND id <= ? GROUP BY name";
    static final String GET = "SELECT " + Rows.COLUMNS + " FROM kv WHERE name = ? ORDER BY id DESC LIMIT 1";
    static final String RANGE = "SELECT " + Rows.COLUMNS_C + " FROM kv c JOIN (" + LATEST_PER_NAME
            + ") m ON c.id = m.mid WHERE c.deleted = 0 ORDER BY c.name LIMIT ?";
    static final String COUNT = "SELECT COUNT(*) FROM kv c JOIN (" + LATEST_PER_NAME
            + ") m ON c.id = m.mid WHERE c.deleted = 0";
    static final String EVENTS = "SELECT " + Rows.COLUMNS_C + ", " + Rows.COLUMNS_P + " FROM kv c"
            + " LEFT JOIN kv p ON p.id = c.prev_revision WHERE c.id > ? AND c.id <= ? AND c.name >= ? AND c.name < ?"
            + " ORDER BY c.id LIMIT ?";

    private final ReadPool pool;
    private final Revisions revisions;

    Reader(ReadPool pool, Revisions revisions) {
        this.pool = pool;
        this.revisions = revisions;
    }

    Optional<KeyValue> get(String key) {
        return pool.read(c -> {
            PreparedStatement s = c.statement(GET);
            s.setBytes(1, Rows.utf8(key));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && !Rows.deleted(rs, 1) ? Optional.of(Rows.kv(rs, 1)) : Optional.empty();
            }
        });
    }

    RangeResult range(RangeRequest r) {
        long current = revisions.current;
        long at = r.revision() == 0 ? current : r.revision();
        if (at > current) {
            throw new StoreException("revision " + at + " is in the future: the store is at " + current);
        }
        requireNotCompacted(at);
        byte[] from = Rows.utf8(r.startKey() == null ? r.prefix() : r.startKey());
        byte[] end = Rows.prefixEnd(Rows.utf8(r.prefix()));
        RangeResult result = pool.read(c -> {
            List<KeyValue> kvs = new ArrayList<>();
            PreparedStatement s = c.statement(RANGE);
            bindRange(s, from, end, at);
            s.setLong(4, r.limit() == 0 ? -1 : r.limit() + 1L); // one more than asked tells whether more remain
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    kvs.add(Rows.kv(rs, 1));
                }
            }
            boolean more = r.limit() > 0 && kvs.size() > r.limit();
            long count = kvs.size();
            if (more) {
                kvs.remove(kvs.size() - 1);
                PreparedStatement n = c.statement(COUNT);
                bindRange(n, from, end, at);
                try (ResultSet rs = n.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            return new RangeResult(kvs, at, more, count);
        });
        requireNotCompacted(at);
        return result;
    }

    private static void bindRange(PreparedStatement s, byte[] from, byte[] end, long at) throws SQLException {
        s.setBytes(1, from);
        s.setBytes(2, end);
        s.setLong(3, at);
    }

    /** Events under a prefix with after < revision <= upTo, oldest first, at most {@code limit}. */
    List<WatchEvent> events(byte[] prefix, byte[] end, long after, long upTo, int limit) {
        List<WatchEvent> events = pool.read(c -> {
            List<WatchEvent> out = new ArrayList<>();
            PreparedStatement s = c.statement(EVENTS);
            s.setLong(1, after);
            s.setLong(2, upTo);
            s.setBytes(3, prefix);
            s.setBytes(4, end);
            s.setInt(5, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Rows.event(rs));
                }
            }
            return out;
        });
        requireNotCompacted(after);
        return events;
    }

    void requireNotCompacted(long revision) {
        long compacted = revisions.compacted;
        if (revision < compacted) {
            throw new CompactedException(revision, compacted);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    static StoreUnavailableException unavailable(String where, SQLException e) {
        return new StoreUnavailableException("read from the SQLite store at " + where + " failed: " + e.getMessage(), e);
    }
}
