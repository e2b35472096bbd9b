package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreException;
import io.keelson.store.api.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit. Callers enqueue operations; one thread takes everything queued, applies it in order
 * inside ONE transaction (each operation sees the state the previous ones left, so compare-and-swap
 * stays serial), commits with one fsync, then publishes the batch's events to the watch hub in
 * revision order and completes the callers. A caller's mistake fails only its own operation; a
 * database failure rolls the whole batch back and fails every caller in it.
 */
final class Committer implements AutoCloseable {

    /** One write, run on the committer thread against the open transaction. */
    interface Op<T> {
        T apply(Writes w) throws SQLException;
    }

    private record Pending(Op<?> op, CompletableFuture<Object> result) {
    }

    private static final Pending STOP = new Pending(null, null);
    private static final int MAX_BATCH = 2048;

    private final Connection connection;
    private final Writes writes;
    private final Revisions revisions;
    private final WatchHub hub;
    private final String where;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private boolean closed;

    Committer(Connection connection, Writes writes, Revisions revisions, WatchHub hub, String where) {
        this.connection = connection;
        this.writes = writes;
        this.revisions = revisions;
        this.hub = hub;
        this.where = where;
        this.thread = new Thread(this::run, "keelson-sqlite-committer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the operation in the next batch and waits until it is durable (or failed). */
    @SuppressWarnings("unchecked")
    <T> T submit(Op<T> op) {
        Pending p = new Pending(op, new CompletableFuture<>());
        synchronized (this) {
            if (closed) {
                throw new StoreUnavailableException("the SQLite store at " + where + " is closed", null);
            }
            queue.add(p);
        }
        try {
            return (T) p.result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreUnavailableException("write to " + where + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted waiting for a write to " + where
                    + "; it may or may not have been applied", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops this thread, by STOP
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            if (batch.remove(STOP)) {
                stop = true; // STOP is always last: nothing is enqueued after close()
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
        }
    }

    private void commit(List<Pending> batch) {
        Object[] results = new Object[batch.size()];
        long compactedBefore = revisions.compacted;
        writes.begin();
        try {
            for (int i = 0; i < batch.size(); i++) {
                try {
                    results[i] = batch.get(i).op.apply(writes);
                } catch (StoreException | IllegalArgumentException mistake) {
                    results[i] = mistake; // thrown before the operation wrote anything
                }
            }
            if (writes.changed()) {
                connection.commit();
            } else {
                connection.rollback(); // nothing to make durable: spare the fsync
            }
        } catch (SQLException | RuntimeException e) {
            rollback();
            revisions.compacted = compactedBefore;
            StoreUnavailableException failure = new StoreUnavailableException("write to the SQLite store at " + where
                    + " failed (" + e.getMessage() + "); nothing in this batch was applied", e);
            batch.forEach(p -> p.result.completeExceptionally(failure));
            return;
        }
        revisions.current = writes.revision;
        if (!writes.events.isEmpty()) {
            hub.publish(writes.events, writes.revision);
        }
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] instanceof RuntimeException e) {
                batch.get(i).result.completeExceptionally(e);
            } else {
                batch.get(i).result.complete(results[i]);
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            System.getLogger(Committer.class.getName()).log(System.Logger.Level.WARNING, "rollback failed", e);
        }
    }

    /** Applies everything already queued, then stops; later submits fail. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
