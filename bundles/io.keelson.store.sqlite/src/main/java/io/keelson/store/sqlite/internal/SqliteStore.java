package io.keelson.store.sqlite.internal;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.StoreUnavailableException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchListener;
import io.keelson.store.api.WriteResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded store: SQLite in WAL mode with {@code synchronous=FULL}, writes group-committed by
 * one thread, reads on a pool of read connections. Usable without OSGi: {@code new SqliteStore(dir)}.
 *
 * <p>{@link #close()} applies the writes already queued, then ends every watch with a
 * {@link StoreUnavailableException} saying the store closed; later calls fail with that exception.
 */
public class SqliteStore implements KeyValueStore, AutoCloseable {

    static final int READ_CONNECTIONS = 4;

    private final Database db;
    private final Connection writeConnection;
    private final Reader reader;
    private final WatchHub hub;
    private final Committer committer;
    private final LeaseReaper reaper;
    private final Checkpointer checkpointer;
    private final Revisions revisions;
    private volatile boolean closed;

    /** Opens (or creates) the store in {@code dir}; the database file is {@code dir/keelson.db}. */
    public SqliteStore(Path dir) {
        db = Database.open(dir);
        Connection write = null;
        ReadPool pool = null;
        Checkpointer checkpoints = null;
        try {
            Schema.check(db);
            write = db.connect(true);
            revisions = Schema.create(write);
            Writes writes = new Writes(write, revisions);
            new Leases(write, writes, System::currentTimeMillis);
            pool = new ReadPool(db, READ_CONNECTIONS);
            checkpoints = new Checkpointer(db); // after this nothing can fail, so the catch stops every thread started
            reader = new Reader(pool, revisions);
            hub = new WatchHub(reader, revisions.current, db.file.toString());
            committer = new Committer(write, writes, revisions, hub, db.file.toString());
            reaper = new LeaseReaper(committer);
            checkpointer = checkpoints;
            writeConnection = write;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(checkpoints);
            closeQuietly(pool);
            closeQuietly(write);
            db.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the SQLite store " + db.file + ": " + e.getMessage()
                    + "; check the file and its directory", e);
        }
    }

    @Override
    public String backend() {
        return "sqlite";
    }

    @Override
    public long revision() {
        return revisions.current;
    }

    @Override
    public Optional<KeyValue> get(String key) {
        return reader.get(checkKey(key));
    }

    @Override
    public RangeResult range(RangeRequest request) {
        return reader.range(Objects.requireNonNull(request, "request"));
    }

    @Override
    public WriteResult create(String key, byte[] value, long lease) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        return committer.submit(w -> w.create(key, value, lease));
    }

    @Override
    public WriteResult update(String key, byte[] value, long expectedModRevision, long lease) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        return committer.submit(w -> w.update(key, value, expectedModRevision, lease));
    }

    @Override
    public WriteResult delete(String key, long expectedModRevision) {
        checkKey(key);
        return committer.submit(w -> w.delete(key, expectedModRevision));
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(listener, "listener");
        if (afterRevision < 0) {
            throw new IllegalArgumentException("afterRevision must be >= 0, got " + afterRevision);
        }
        if (closed) {
            throw new StoreUnavailableException("the SQLite store at " + db.file + " is closed", null);
        }
        return hub.open(prefix, afterRevision, listener);
    }

    @Override
    public long compact(long revision) {
        return committer.submit(w -> w.compact(revision));
    }

    @Override
    public long compactedRevision() {
        return revisions.compacted;
    }

    @Override
    public long grantLease(long ttlSeconds) {
        return committer.submit(w -> w.leases.grant(ttlSeconds));
    }

    @Override
    public void keepAlive(long lease) {
        committer.submit(w -> {
            w.leases.keepAlive(lease);
            return null;
        });
    }

    @Override
    public void revokeLease(long lease) {
        committer.submit(w -> {
            w.leases.revoke(lease);
            return null;
        });
    }

    /** Applies queued writes, ends watches, closes the database. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        reaper.close();
        committer.close();
        hub.close();
        reader.close();
        checkpointer.close();
        closeQuietly(writeConnection);
        db.close();
    }

    private static String checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        return key;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing; the first error is the one reported
            }
        }
    }
}
