package io.keelson.apiserver.internal.watch;

import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API server's one store watch (on {@code /registry/}), decoding each change once and fanning it
 * out to the watch caches of the types, which hand it to their watchers. A store watch failure ends
 * every watcher (clients re-watch) and restarts the shared watch at the current revision.
 */
public final class WatchHub implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WatchHub.class.getName());
    private final KeyValueStore store;
    private final Map<String, WatchCache> caches = new HashMap<>();
    private final int window;
    private final int watcherCapacity;
    private volatile long progress;
    private Watch watch;
    private boolean closed;

    public WatchHub(KeyValueStore store, ResourceRegistry registry, int window, int watcherCapacity) {
        this.store = store;
        this.window = window;
        this.watcherCapacity = watcherCapacity;
        for (ResourceType t : registry.all()) {
            caches.put(ObjectStorage.prefix(t, null), null);
        }
    }

    public synchronized void start() {
        long from = store.revision();
        progress = from;
        caches.replaceAll((prefix, old) -> {
            if (old != null) {
                old.reset(from, "the shared watch restarted");
                return old;
            }
            return new WatchCache(from, window, watcherCapacity);
        });
        watch = store.watch("/registry/", from, new WatchListener() {
            @Override
            public void onEvents(List<WatchEvent> events) {
                for (WatchEvent e : events) {
                    WatchCache cache = cacheOf(e.key());
                    if (cache != null) {
                        cache.add(Change.of(e));
                    }
                    progress = e.revision();
                }
            }

            @Override
            public void onProgress(long revision) {
                progress = Math.max(progress, revision);
            }

            @Override
            public void onError(StoreException error) {
                restart(error);
            }
        });
    }

    private void restart(StoreException error) {
        synchronized (this) {
            if (closed) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "the shared store watch failed; restarting it: {0}", error.toString());
        }
        Thread retry = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                    synchronized (this) {
                        if (!closed) {
                            start();
                        }
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (StoreException e) {
                    // the store is still away: try again
                }
            }
        }, "keelson-watch-restart");
        retry.setDaemon(true);
        retry.start();
    }

    private WatchCache cacheOf(String key) {
        int plural = key.indexOf('/', "/registry/".length());
        int end = plural < 0 ? -1 : key.indexOf('/', plural + 1);
        return end < 0 ? null : caches.get(key.substring(0, end + 1));
    }

    /**
     * Changes of a type after revision {@code after}, under a namespace (null: all) or one key; null when
     * {@code after} is older than the type's window (the caller answers 410).
     */
    public Subscription subscribe(ResourceType type, String namespace, String exactKey, long after) {
        WatchCache cache = caches.get(ObjectStorage.prefix(type, null));
        return cache.subscribe(ObjectStorage.prefix(type, namespace), exactKey, after);
    }

    /** The oldest revision a watch of the type may start after. */
    public long floor(ResourceType type) {
        return caches.get(ObjectStorage.prefix(type, null)).floor();
    }

    /** A revision every change up to which has been handed to the watchers: safe for a BOOKMARK. */
    public long progress() {
        return progress;
    }

    public int watchers(ResourceType type) {
        return caches.get(ObjectStorage.prefix(type, null)).watcherCount();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watch != null) {
            watch.close();
        }
        caches.values().forEach(c -> c.reset(0, "the API server stopped"));
    }
}
