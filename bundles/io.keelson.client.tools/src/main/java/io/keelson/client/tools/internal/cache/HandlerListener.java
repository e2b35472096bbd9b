package io.keelson.client.tools.internal.cache;

import io.keelson.client.api.cache.ResourceEventHandler;
import io.keelson.client.api.cache.SharedInformer;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * One handler's deliveries (client-go's processorListener): an unbounded queue drained by a thread
 * of its own, so a slow handler delays only itself.
 */
final class HandlerListener<T> implements SharedInformer.Registration {

    private static final System.Logger LOG = System.getLogger(HandlerListener.class.getName());
    private static final Object SYNCED = new Object();
    private static final Object STOP = new Object();

    private record Add<T>(T object, boolean initial) {
    }

    private record Update<T>(T old, T now) {
    }

    private record Delete<T>(T object, boolean finalStateUnknown) {
    }

    private final ResourceEventHandler<T> handler;
    private final Consumer<HandlerListener<T>> onRemove;
    private final LinkedBlockingQueue<Object> pending = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean synced;

    HandlerListener(String name, ResourceEventHandler<T> handler, Consumer<HandlerListener<T>> onRemove) {
        this.handler = handler;
        this.onRemove = onRemove;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    void add(T object, boolean initial) {
        pending.add(new Add<>(object, initial));
    }

    void update(T old, T now) {
        pending.add(new Update<>(old, now));
    }

    void delete(T object, boolean finalStateUnknown) {
        pending.add(new Delete<>(object, finalStateUnknown));
    }

    /** Marks the end of the initial list: {@link #hasSynced()} turns true once it is delivered. */
    void initialListDelivered() {
        pending.add(SYNCED);
    }

    void stop() {
        pending.add(STOP);
    }

    @Override
    public boolean hasSynced() {
        return synced;
    }

    @Override
    public void remove() {
        onRemove.accept(this);
        stop();
    }

    @SuppressWarnings("unchecked")
    private void run() {
        try {
            while (true) {
                Object n = pending.take();
                if (n == STOP) {
                    return;
                }
                try {
                    if (n == SYNCED) {
                        synced = true;
                    } else if (n instanceof Add<?> a) {
                        handler.onAdd((T) a.object(), a.initial());
                    } else if (n instanceof Update<?> u) {
                        handler.onUpdate((T) u.old(), (T) u.now());
                    } else if (n instanceof Delete<?> d) {
                        handler.onDelete((T) d.object(), d.finalStateUnknown());
                    }
                } catch (RuntimeException e) {
                    // a handler bug must not end its deliveries
                    LOG.log(System.Logger.Level.ERROR, "event handler " + handler + " failed", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
