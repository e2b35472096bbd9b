package io.keelson.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the WAL back into the database file on its own connection and thread. SQLite's automatic
 * checkpoint would run inside a commit on the committer thread and stall every write and watch
 * behind it (tens of ms with fsyncs); a PASSIVE checkpoint here runs beside the writer instead.
 */
final class Checkpointer implements AutoCloseable {

    static final long PERIOD_MILLIS = 500;
    /** Past this, wait for readers so the WAL can start over instead of growing. */
    static final long WAL_LIMIT_BYTES = 64L << 20;
    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());

    private final Connection connection;
    private final Path wal;
    private final ScheduledExecutorService timer;

    Checkpointer(Database db) throws SQLException {
        connection = db.connect(true);
        wal = db.file.resolveSibling(db.file.getFileName() + "-wal");
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keelson-sqlite-checkpoint");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkpoint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute(walBytes() > WAL_LIMIT_BYTES ? "PRAGMA wal_checkpoint(RESTART)" : "PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "WAL checkpoint failed; retrying", e);
        }
    }

    private long walBytes() {
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the writer's close checkpoints too
        }
    }
}
