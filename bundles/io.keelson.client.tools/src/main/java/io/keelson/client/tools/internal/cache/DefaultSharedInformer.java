package io.keelson.client.tools.internal.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.cache.InformerOptions;
import io.keelson.client.api.cache.Lister;
import io.keelson.client.api.cache.ResourceEventHandler;
import io.keelson.client.api.cache.SharedInformer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The cache and the handlers of one informer; the {@link Reflector} feeds it. Every change to the
 * cache and its notification to the handlers happen under one lock, so a handler added at any time
 * sees each object once as an add and then every later change, none twice.
 */
public final class DefaultSharedInformer<T extends HasMetadata> implements SharedInformer<T> {

    private final Object lock = new Object();
    private final IndexedCache<T> cache = new IndexedCache<>();
    private final List<HandlerListener<T>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger handlerCount = new AtomicInteger();
    private final InformerOptions options;
    private final String name;
    private final Reflector<T> reflector;
    private ScheduledExecutorService resync;
    private volatile boolean synced;
    private volatile boolean started;
    private volatile String lastResourceVersion = "";

    public DefaultSharedInformer(ResourceClient<T> resources, InformerOptions options) {
        this.options = options;
        this.name = "informer-" + resources.type().getSimpleName() + (options.namespace() == null ? "" : "-" + options.namespace());
        ResourceClient<T> scoped = options.namespace() == null ? resources.inAnyNamespace() : resources.inNamespace(options.namespace());
        this.reflector = new Reflector<>(name, scoped, options, this);
    }

    @Override
    public Registration addEventHandler(ResourceEventHandler<T> handler) {
        synchronized (lock) {
            HandlerListener<T> listener = new HandlerListener<>(name + "-handler-" + handlerCount.incrementAndGet(), handler,
                    listeners::remove);
            if (synced) {
                cache.list().forEach(o -> listener.add(o, true));
                listener.initialListDelivered();
            }
            listeners.add(listener);
            return listener;
        }
    }

    @Override
    public void addIndexer(String indexName, Function<T, Collection<String>> function) {
        if (started) {
            throw new IllegalStateException("indexes must be added before start()");
        }
        cache.addIndexer(indexName, function);
    }

    @Override
    public Lister<T> lister() {
        return cache;
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        reflector.start();
        if (!options.resyncPeriod().isZero() && !options.resyncPeriod().isNegative()) {
            resync = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-resync"));
            long ms = options.resyncPeriod().toMillis();
            resync.scheduleWithFixedDelay(this::resync, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    static Thread daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
    }

    @Override
    public boolean hasSynced() {
        return synced;
    }

    @Override
    public String lastSyncResourceVersion() {
        return lastResourceVersion;
    }

    @Override
    public synchronized void close() {
        reflector.stop();
        if (resync != null) {
            resync.shutdownNow();
        }
        listeners.forEach(HandlerListener::stop);
        listeners.clear();
    }

    /** A watch event's object changed or appeared. */
    void upsert(T object) {
        synchronized (lock) {
            T old = cache.put(object);
            for (HandlerListener<T> l : listeners) {
                if (old == null) {
                    l.add(object, false);
                } else {
                    l.update(old, object);
                }
            }
            lastResourceVersion = object.getMetadata().getResourceVersion();
        }
    }

    /** A watch event's object went away. */
    void delete(T object) {
        synchronized (lock) {
            T old = cache.remove(Lister.keyOf(object));
            if (old != null) {
                listeners.forEach(l -> l.delete(object, false));
            }
            lastResourceVersion = object.getMetadata().getResourceVersion();
        }
    }

    void bookmark(String resourceVersion) {
        lastResourceVersion = resourceVersion;
    }

    /** A full list: the cache becomes exactly it; the differences reach the handlers. */
    void replace(List<T> objects, String resourceVersion) {
        synchronized (lock) {
            boolean initial = !synced;
            Set<String> seen = new HashSet<>();
            for (T object : objects) {
                seen.add(Lister.keyOf(object));
                T old = cache.put(object);
                for (HandlerListener<T> l : listeners) {
                    if (old == null) {
                        l.add(object, initial);
                    } else if (!Objects.equals(old.getMetadata().getResourceVersion(), object.getMetadata().getResourceVersion())) {
                        l.update(old, object);
                    }
                }
            }
            for (String key : cache.keys()) {
                if (!seen.contains(key)) {
                    T gone = cache.remove(key);
                    listeners.forEach(l -> l.delete(gone, true));
                }
            }
            lastResourceVersion = resourceVersion;
            if (initial) {
                listeners.forEach(HandlerListener::initialListDelivered);
                synced = true;
            }
        }
    }

    /** Every cached object again, as an update to itself. */
    private void resync() {
        synchronized (lock) {
            for (T object : cache.list()) {
                listeners.forEach(l -> l.update(object, object));
            }
        }
    }
}
