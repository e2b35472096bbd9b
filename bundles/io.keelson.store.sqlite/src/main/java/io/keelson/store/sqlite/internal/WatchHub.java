package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreUnavailableException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fans committed events out to watches. The switch from catch-up to live has no gap and no double:
 * under the hub's lock a new watch notes the last published revision R and joins the live list;
 * every event up to R is committed (the committer publishes only after commit) so the watch reads
 * it from the table, and every event after R is published after the watch joined, so it is queued
 * behind that read. The watch drops anything at or below what it already delivered.
 */
final class WatchHub implements AutoCloseable {

    static final int DELIVERY_THREADS = 4;

    private final Object lock = new Object();
    private final List<Watcher> watchers = new ArrayList<>();
    private final Reader reader;
    private final String where;
    private final ExecutorService delivery;
    private long published;

    WatchHub(Reader reader, long revision, String where) {
        this.reader = reader;
        this.where = where;
        this.published = revision;
        AtomicInteger n = new AtomicInteger();
        this.delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, r -> {
            Thread t = new Thread(r, "keelson-sqlite-watch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    Watch open(String prefix, long afterRevision, WatchListener listener) {
        synchronized (lock) {
            long from = afterRevision == 0 ? published : afterRevision;
            Watcher w = new Watcher(this, reader, delivery, prefix, listener);
            watchers.add(w);
            w.offer(new Watcher.CatchUp(from, published));
            return w;
        }
    }

    /** Called by the committer after each commit, in revision order. */
    void publish(List<WatchEvent> events, long revision) {
        long now = System.nanoTime();
        synchronized (lock) {
            published = revision;
            for (Watcher w : watchers) {
                w.publish(events, revision, now);
            }
        }
    }

    void remove(Watcher w) {
        synchronized (lock) {
            watchers.remove(w);
        }
    }

    /** Ends every watch with a {@link StoreUnavailableException} after what it was already given. */
    @Override
    public void close() {
        List<Watcher> open;
        synchronized (lock) {
            open = new ArrayList<>(watchers);
        }
        StoreUnavailableException closed = new StoreUnavailableException("the SQLite store at " + where
                + " was closed; watch again once it is back", null);
        open.forEach(w -> w.offer(closed));
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(10, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            delivery.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
