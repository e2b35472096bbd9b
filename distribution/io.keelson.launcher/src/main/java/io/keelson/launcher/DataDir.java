package io.keelson.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data directory of one Keelson server and what lives in it. One server at a time: a lock file
 * keeps a second {@code keelson up} from opening the same store.
 */
public final class DataDir implements AutoCloseable {

    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    public DataDir(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".keelson");
    }

    public Path root() {
        return root;
    }

    public Path store() {
        return root.resolve("store");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path configDir() {
        return run().resolve("etc");
    }

    public Path controlSocket() {
        return run().resolve("keelson.sock");
    }

    public Path frameworkCache() {
        return root.resolve("cache").resolve("felix");
    }

    public Path kubeconfig() {
        return root.resolve("kubeconfig");
    }

    /** Creates the layout, checks it is writable and takes the lock. */
    public DataDir prepare() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new LauncherException("data dir " + root + " is a file, not a directory: move it away or pass --data-dir DIR");
        }
        try {
            Files.createDirectories(run());
            Files.createDirectories(configDir());
            Path probe = Files.createTempFile(run(), "write-check", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException | FileAlreadyExistsException e) {
            throw new LauncherException("data dir " + root + " is not writable (" + e.getFile()
                    + "): fix its permissions or pass --data-dir DIR", e);
        } catch (IOException e) {
            throw new LauncherException("cannot prepare data dir " + root + ": " + e.getMessage(), e);
        }
        lock();
        return this;
    }

    private void lock() {
        Path lockFile = run().resolve("keelson.lock");
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                String holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
                lockChannel.close();
                throw new LauncherException("another keelson" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + " is running on data dir " + root + ": stop it first, or pass --data-dir DIR");
            }
            lockChannel.truncate(0);
            lockChannel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
            lockChannel.force(true);
        } catch (IOException e) {
            throw new LauncherException("cannot lock data dir " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes away with the process anyway
        }
    }
}
