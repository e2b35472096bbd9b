package io.keelson.store.etcd.internal;

import io.etcd.jetcd.Watch.Watcher;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchResponse;
import io.keelson.store.api.CompactedException;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One SPI watch over etcd watches. jetcd's own reconnect may resume from the wrong revision, so on any
 * stream failure we drop its watcher and start a new one from the revision after the last event we
 * delivered (failing over to another member), de-duplicating by (revision, key). Only compaction or a
 * store gone for longer than {@code giveUpMillis} ends the watch. Never calls jetcd while holding our lock,
 * because jetcd calls our listener while holding its own.
 */
final class EtcdWatch implements Watch {

    private static final System.Logger LOG = System.getLogger(EtcdWatch.class.getName());

    private final EtcdConnection connection;
    private final Keys keys;
    private final String prefix;
    private final WatchListener listener;
    private final long giveUpMillis;
    private final Object lock = new Object();
    private long next;
    private long lastDelivered;
    private long lastProgress;
    private final Set<String> keysAtLast = new HashSet<>();
    private int generation;
    private Watcher current;
    private boolean finished;
    private long failingSince;

    EtcdWatch(EtcdConnection connection, Keys keys, String prefix, long startRevision, WatchListener listener,
            long giveUpMillis) {
        this.connection = connection;
        this.keys = keys;
        this.prefix = prefix;
        this.next = startRevision;
        this.listener = listener;
        this.giveUpMillis = giveUpMillis;
    }

    void start() {
        int g;
        WatchOption option;
        synchronized (lock) {
            if (finished) {
                return;
            }
            g = ++generation;
            option = WatchOption.builder().withRange(keys.rangeEnd(prefix)).withRevision(next).withPrevKV(true)
                    .withProgressNotify(true).withCreateNotify(true).build();
        }
        Watcher watcher = connection.client().getWatchClient().watch(keys.toEtcd(prefix), option, new Stream(g));
        synchronized (lock) {
            if (g == generation && !finished) {
                current = watcher;
                return;
            }
        }
        watcher.close(); // superseded or closed meanwhile
    }

    @Override
    public void close() {
        Watcher watcher;
        synchronized (lock) {
            finished = true;
            watcher = current;
            current = null;
        }
        if (watcher != null) {
            watcher.close();
        }
    }

    private void onResponse(int g, WatchResponse response) {
        synchronized (lock) {
            if (g != generation || finished) {
                return;
            }
            failingSince = 0;
            List<WatchEvent> events = new ArrayList<>();
            for (io.etcd.jetcd.watch.WatchEvent e : response.getEvents()) {
                WatchEvent event = toEvent(e);
                long rev = event.revision();
                if (rev < lastDelivered || (rev == lastDelivered && !keysAtLast.add(event.key()))) {
                    continue; // seen before a reconnect
                }
                if (rev > lastDelivered) {
                    lastDelivered = rev;
                    keysAtLast.clear();
                    keysAtLast.add(event.key());
                }
                events.add(event);
            }
            if (!events.isEmpty()) {
                next = lastDelivered + 1;
                listener.onEvents(events);
            } else if (response.getEvents().isEmpty() && response.isProgressNotify()) {
                long rev = response.getHeader().getRevision();
                if (rev > lastProgress && rev >= lastDelivered) {
                    lastProgress = rev;
                    listener.onProgress(rev);
                }
            }
        }
    }

    private WatchEvent toEvent(io.etcd.jetcd.watch.WatchEvent e) {
        WatchEvent.Type type = e.getEventType() == io.etcd.jetcd.watch.WatchEvent.EventType.DELETE
                ? WatchEvent.Type.DELETE : WatchEvent.Type.PUT;
        return new WatchEvent(type, keys.toKeyValue(e.getKeyValue()), keys.toPrevious(e.getPrevKV()));
    }

    private void onFailure(int g, Throwable t) {
        StoreException fatal = null;
        Watcher broken;
        long from;
        synchronized (lock) {
            if (g != generation || finished) {
                return;
            }
            generation++; // ignore whatever the broken stream still says
            broken = current;
            current = null;
            long now = System.nanoTime();
            if (t instanceof io.etcd.jetcd.common.exception.CompactedException c) {
                fatal = new CompactedException(next - 1, c.getCompactedRevision());
            } else if (failingSince != 0 && TimeUnit.NANOSECONDS.toMillis(now - failingSince) > giveUpMillis) {
                fatal = connection.unavailable(t);
            } else if (failingSince == 0) {
                failingSince = now;
            }
            if (fatal != null) {
                finished = true;
                listener.onError(fatal);
            }
            from = next;
        }
        if (broken != null) {
            broken.close(); // stops jetcd's own resume
        }
        if (fatal == null) {
            LOG.log(System.Logger.Level.INFO, "watch of {0} resumes from revision {1} after: {2}", prefix, from,
                    EtcdConnection.describe(t));
            try {
                connection.scheduler().schedule(this::start, 500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                close(); // the store is closing
            }
        }
    }

    private final class Stream implements io.etcd.jetcd.Watch.Listener {
        private final int g;

        Stream(int g) {
            this.g = g;
        }

        @Override
        public void onNext(WatchResponse response) {
            onResponse(g, response);
        }

        @Override
        public void onError(Throwable throwable) {
            onFailure(g, throwable);
        }

        @Override
        public void onCompleted() {
            onFailure(g, new IllegalStateException("etcd ended the watch stream"));
        }
    }
}
