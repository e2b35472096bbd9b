package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * The database directory: checks it, holds its lock file for as long as the store is open, and
 * opens connections. It never deletes or rewrites a file it did not create; anything unexpected
 * fails with a message that names the path and what to do.
 */
final class Database implements AutoCloseable {

    static final String FILE = "keelson.db";
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    final Path dir;
    final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Database(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static Database open(Path dir) {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new StoreException("store path " + abs + " is not a directory; set 'path' of io.keelson.store.sqlite"
                    + " to a directory (the database file " + FILE + " is created inside it)");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + abs + " (" + e + "); create it or choose"
                    + " a writable 'path' for io.keelson.store.sqlite", e);
        }
        if (!Files.isWritable(abs)) {
            throw new StoreException("store directory " + abs + " is not writable; give this user write access"
                    + " or choose another 'path' for io.keelson.store.sqlite");
        }
        Path lockFile = abs.resolve("keelson.db.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(inUse(abs));
            }
            Database db = new Database(abs, channel, lock);
            db.checkHeader();
            return db;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(inUse(abs), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + lockFile + " (" + e + "); check the directory's permissions", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static String inUse(Path dir) {
        return "store directory " + dir + " is in use by another Keelson store (this or another process);"
                + " stop the other one or choose another 'path' for io.keelson.store.sqlite";
    }

    /** Refuses a file that is not SQLite before SQLite touches it. An empty or missing file is a new store. */
    private void checkHeader() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] head = new byte[MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || !Arrays.equals(head, MAGIC)) {
                throw notADatabase("it does not start with the SQLite header");
            }
        }
    }

    StoreException notADatabase(String why) {
        return new StoreException(file + " is not a usable Keelson store database: " + why + ". Keelson left it"
                + " untouched; restore it from a backup, or move it away to start an empty store");
    }

    /** A connection for the committer (write = true) or a reader. */
    Connection connect(boolean write) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        if (write) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: the WAL is fsynced at every commit, so an acknowledged write survives kill -9 and power loss
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.setCacheSize(-16_000);
        // straight to the driver: DriverManager's ServiceLoader lookup does not cross OSGi bundles
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        if (write) {
            try (var s = c.createStatement()) {
                // checkpoints run on the Checkpointer's thread, not inside the committer's commits
                s.execute("PRAGMA wal_autocheckpoint = 0");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } else {
            // not SQLITE_OPEN_READONLY: after a crash a reader may need to rebuild the -shm index
            try (var s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing left to do
            }
        }
    }
}
