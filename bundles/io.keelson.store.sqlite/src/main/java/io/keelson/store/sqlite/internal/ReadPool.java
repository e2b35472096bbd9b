package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A fixed pool of read-only connections, each with its prepared statements kept. */
final class ReadPool implements AutoCloseable {

    /** A read connection lent to one thread for one read. */
    static final class Lease {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Lease(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement s = statements.get(sql);
            if (s == null) {
                s = connection.prepareStatement(sql);
                statements.put(sql, s);
            }
            return s;
        }
    }

    interface Read<T> {
        T apply(Lease c) throws SQLException;
    }

    private final BlockingQueue<Lease> idle;
    private final List<Lease> all = new ArrayList<>();
    private final String where;
    private volatile boolean closed;

    ReadPool(Database db, int size) throws SQLException {
        this.where = db.file.toString();
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Lease l = new Lease(db.connect(false));
                all.add(l);
                idle.add(l);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    <T> T read(Read<T> read) {
        if (closed) {
            throw new StoreUnavailableException("the SQLite store at " + where + " is closed", null);
        }
        Lease l;
        try {
            l = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted waiting to read " + where, e);
        }
        try {
            return read.apply(l);
        } catch (SQLException e) {
            throw Reader.unavailable(where, e);
        } finally {
            idle.add(l);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Lease l : all) {
            try {
                l.connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
