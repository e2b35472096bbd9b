package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One watch: a queue of work (a catch-up read, live event batches, progress, an error) drained by
 * one delivery task at a time, so listener calls never overlap and come in revision order. A slow
 * listener only grows its own queue.
 */
final class Watcher implements Watch {

    /** Read events after {@code from} up to {@code upTo} from the table. */
    record CatchUp(long from, long upTo) {
    }

    private static final int CHUNK = 1000;
    private static final int ITEMS_PER_TURN = 64;
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    private static final System.Logger LOG = System.getLogger(Watcher.class.getName());

    private final WatchHub hub;
    private final Reader reader;
    private final Executor delivery;
    private final String prefix;
    private final byte[] from;
    private final byte[] end;
    private final WatchListener listener;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean closed;
    private long delivered; // touched by the delivery task only
    private long lastProgress; // hub lock

    Watcher(WatchHub hub, Reader reader, Executor delivery, String prefix, WatchListener listener) {
        this.hub = hub;
        this.reader = reader;
        this.delivery = delivery;
        this.prefix = prefix;
        this.from = Rows.utf8(prefix);
        this.end = Rows.prefixEnd(from);
        this.listener = listener;
        this.lastProgress = System.nanoTime();
    }

    /** Under the hub's lock: queues the batch's matching events, or now and then a progress note. */
    void publish(List<WatchEvent> events, long revision, long now) {
        List<WatchEvent> mine = null;
        for (WatchEvent e : events) {
            if (e.key().startsWith(prefix)) {
                if (mine == null) {
                    mine = new ArrayList<>();
                }
                mine.add(e);
            }
        }
        if (mine != null) {
            offer(mine);
        } else if (now - lastProgress > PROGRESS_EVERY_NANOS) {
            lastProgress = now;
            offer(revision);
        }
    }

    void offer(Object item) {
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.add(item);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        schedule();
    }

    private void schedule() {
        try {
            delivery.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                scheduled = false; // the store is closing; nothing more will be delivered
            }
        }
    }

    private void drain() {
        for (int i = 0; i < ITEMS_PER_TURN; i++) {
            Object item;
            synchronized (this) {
                item = closed ? null : queue.poll();
                if (item == null) {
                    scheduled = false;
                    return;
                }
            }
            handle(item);
        }
        schedule(); // let other watches have the thread, then go on
    }

    @SuppressWarnings("unchecked")
    private void handle(Object item) {
        try {
            if (item instanceof CatchUp c) {
                catchUp(c);
            } else if (item instanceof List<?> events) {
                deliver((List<WatchEvent>) events);
            } else if (item instanceof Long revision) {
                if (revision > delivered) {
                    listener.onProgress(revision);
                }
            } else if (item instanceof StoreException error) {
                fail(error);
            }
        } catch (StoreException e) {
            fail(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "watch listener for " + prefix + " threw; delivery goes on", e);
        }
    }

    private void catchUp(CatchUp c) {
        delivered = c.from;
        reader.requireNotCompacted(c.from);
        long after = c.from;
        while (after < c.upTo) {
            List<WatchEvent> events = reader.events(from, end, after, c.upTo, CHUNK);
            deliver(events);
            after = events.size() < CHUNK ? c.upTo : events.get(events.size() - 1).revision();
        }
    }

    private void deliver(List<WatchEvent> events) {
        int skip = 0;
        while (skip < events.size() && events.get(skip).revision() <= delivered) {
            skip++;
        }
        if (skip == events.size()) {
            return;
        }
        List<WatchEvent> fresh = skip == 0 ? events : events.subList(skip, events.size());
        delivered = fresh.get(fresh.size() - 1).revision();
        try {
            listener.onEvents(List.copyOf(fresh));
        } catch (RuntimeException e) {
            // the events count as delivered: a listener bug must not replay or skip others
            LOG.log(System.Logger.Level.WARNING, "watch listener for " + prefix + " threw; delivery goes on", e);
        }
    }

    private void fail(StoreException error) {
        close();
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "watch listener for " + prefix + " threw from onError", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        hub.remove(this);
    }
}
