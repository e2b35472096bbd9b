package io.keelson.store.sqlite.internal;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.WatchEvent;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Mapping between rows of the {@code kv} table and API values. Names are stored as UTF-8 BLOBs so
 * SQLite orders and bounds them bytewise, as etcd does.
 */
final class Rows {

    /** The columns of one row, in the order the mappers below expect. */
    static final String COLUMNS = "id, name, deleted, create_revision, prev_revision, version, lease, value";
    static final String COLUMNS_C = "c.id, c.name, c.deleted, c.create_revision, c.prev_revision, c.version, c.lease, c.value";
    static final String COLUMNS_P = "p.id, p.name, p.deleted, p.create_revision, p.prev_revision, p.version, p.lease, p.value";
    static final byte[] EMPTY = new byte[0];

    private Rows() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * The smallest name greater than every name starting with {@code prefix}. UTF-8 never contains
     * 0xFF, so {0xFF} bounds everything when the prefix is empty.
     */
    static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return new byte[] {(byte) 0xFF};
    }

    static boolean deleted(ResultSet rs, int at) throws SQLException {
        return rs.getInt(at + 2) != 0;
    }

    /** The row starting at column {@code at} as a live key. */
    static KeyValue kv(ResultSet rs, int at) throws SQLException {
        byte[] value = rs.getBytes(at + 7);
        return new KeyValue(text(rs.getBytes(at + 1)), value == null ? EMPTY : value, rs.getLong(at + 3),
                rs.getLong(at), rs.getLong(at + 5), rs.getLong(at + 6));
    }

    /** A deletion as etcd reports it: key and revision, nothing else. */
    static KeyValue deletion(String key, long revision) {
        return new KeyValue(key, EMPTY, 0, revision, 0, 0);
    }

    /** A row joined with its previous version ({@code COLUMNS_C, COLUMNS_P}) as a watch event. */
    static WatchEvent event(ResultSet rs) throws SQLException {
        int prevAt = 9;
        rs.getLong(prevAt);
        KeyValue previous = rs.wasNull() ? null : kv(rs, prevAt);
        if (deleted(rs, 1)) {
            return new WatchEvent(WatchEvent.Type.DELETE, deletion(text(rs.getBytes(2)), rs.getLong(1)), previous);
        }
        return new WatchEvent(WatchEvent.Type.PUT, kv(rs, 1), previous);
    }
}
