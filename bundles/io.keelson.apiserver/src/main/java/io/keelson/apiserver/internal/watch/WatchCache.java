package io.keelson.apiserver.internal.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent changes of one resource type and its current watchers. Every change after
 * {@link #floor} is in the window, so a watcher may start anywhere from the floor on; older starts
 * are 410 Gone, as with Kubernetes' watch cache.
 */
final class WatchCache {

    private final int window;
    private final int watcherCapacity;
    private final ArrayDeque<Change> changes = new ArrayDeque<>();
    private final List<Subscription> watchers = new ArrayList<>();
    private long floor;

    WatchCache(long floor, int window, int watcherCapacity) {
        this.floor = floor;
        this.window = window;
        this.watcherCapacity = watcherCapacity;
    }

    synchronized void add(Change c) {
        changes.add(c);
        while (changes.size() > window) {
            floor = changes.poll().revision();
        }
        watchers.removeIf(s -> s.wants(c) && !s.offer(c));
    }

    /** A subscription to changes after {@code after} under {@code keyPrefix}; null when {@code after} is below the window. */
    synchronized Subscription subscribe(String keyPrefix, String exactKey, long after) {
        if (after < floor) {
            return null;
        }
        Subscription[] self = new Subscription[1];
        Subscription s = new Subscription(keyPrefix, exactKey, after, watcherCapacity, () -> remove(self[0]));
        self[0] = s;
        for (Change c : changes) {
            if (s.wants(c) && !s.offer(c)) {
                return s;
            }
        }
        watchers.add(s);
        return s;
    }

    synchronized long floor() {
        return floor;
    }

    private synchronized void remove(Subscription s) {
        watchers.remove(s);
    }

    /** Ends every watcher and forgets the window (the shared watch restarted at {@code newFloor}). */
    synchronized void reset(long newFloor, String reason) {
        watchers.forEach(s -> s.end(reason));
        watchers.clear();
        changes.clear();
        floor = newFloor;
    }

    synchronized int watcherCount() {
        return watchers.size();
    }
}
