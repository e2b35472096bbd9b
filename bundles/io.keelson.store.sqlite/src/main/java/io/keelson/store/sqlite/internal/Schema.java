package io.keelson.store.sqlite.internal;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables (the kine design): {@code kv} holds every version of every key, its row id is the
 * revision, a deletion is a row with {@code deleted = 1}; {@code lease} holds leases with their
 * wall-clock expiry (so they keep expiring across restarts); {@code meta} holds the compacted revision.
 */
final class Schema {

    static final int VERSION = 1;

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS kv (id INTEGER PRIMARY KEY AUTOINCREMENT, name BLOB NOT NULL,"
            + " deleted INTEGER NOT NULL, create_revision INTEGER NOT NULL, prev_revision INTEGER NOT NULL,"
            + " version INTEGER NOT NULL, lease INTEGER NOT NULL, value BLOB)",
        "CREATE INDEX IF NOT EXISTS kv_name_id ON kv (name, id)",
        "CREATE INDEX IF NOT EXISTS kv_lease ON kv (lease) WHERE lease != 0",
        "CREATE TABLE IF NOT EXISTS lease (id INTEGER PRIMARY KEY, ttl INTEGER NOT NULL, expires_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS lease_expiry ON lease (expires_at)",
        "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT OR IGNORE INTO meta (name, value) VALUES ('schema_version', " + VERSION + ")",
        "INSERT OR IGNORE INTO meta (name, value) VALUES ('compacted', 0)",
    };

    private Schema() {
    }

    /** Before anything writes: an existing file must be readable SQLite holding a Keelson store (or nothing). */
    static void check(Database db) {
        try {
            if (!Files.exists(db.file) || Files.size(db.file) == 0) {
                return;
            }
        } catch (java.io.IOException e) {
            throw db.notADatabase("it cannot be read (" + e + ")");
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect(false); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            if (tables.contains("meta")) {
                try (ResultSet v = s.executeQuery("SELECT value FROM meta WHERE name = 'schema_version'")) {
                    if (v.next() && v.getInt(1) > VERSION) {
                        throw db.notADatabase("it was written by a newer Keelson (schema " + v.getInt(1)
                                + ", this one knows " + VERSION + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw db.notADatabase("SQLite cannot read it (" + e.getMessage() + ")");
        }
        if (!tables.isEmpty() && !(tables.contains("kv") && tables.contains("meta"))) {
            throw db.notADatabase("it is a SQLite database of something else (tables " + tables + ")");
        }
    }

    /** Creates what is missing and returns the stored revisions. */
    static Revisions create(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            c.commit();
            long current = 0;
            try (ResultSet rs = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'kv'")) {
                if (rs.next()) {
                    current = rs.getLong(1);
                }
            }
            long compacted;
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE name = 'compacted'")) {
                rs.next();
                compacted = rs.getLong(1);
            }
            c.commit();
            return new Revisions(current, compacted);
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }
}
