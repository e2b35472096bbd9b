package io.keelson.client.tests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.Watch;
import io.keelson.client.api.Watcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real client with a gate on new watches, for steering an informer through a gap: close the
 * gate, drop the open watches, change and compact the server, open the gate. Counts lists.
 */
public final class GatedClient implements KubeClient {

    private final KubeClient delegate;
    private final AtomicInteger lists = new AtomicInteger();
    private final List<Watch> open = new CopyOnWriteArrayList<>();
    private boolean gateOpen = true;

    public GatedClient(KubeClient delegate) {
        this.delegate = delegate;
    }

    public int lists() {
        return lists.get();
    }

    public synchronized void closeGate() {
        gateOpen = false;
    }

    public synchronized void openGate() {
        gateOpen = true;
        notifyAll();
    }

    /** Ends every open watch (cleanly, as a server timeout would). */
    public void dropWatches() {
        open.forEach(Watch::close);
        open.clear();
    }

    private synchronized void passGate() {
        while (!gateOpen) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new io.keelson.client.api.ConnectionException("interrupted at the gate", e);
            }
        }
    }

    @Override
    public <T extends HasMetadata> ResourceClient<T> resources(Class<T> type) {
        return new Gated<>(delegate.resources(type));
    }

    private final class Gated<T extends HasMetadata> implements ResourceClient<T> {
        private final ResourceClient<T> d;

        Gated(ResourceClient<T> d) {
            this.d = d;
        }

        @Override
        public Watch watch(ListOptions options, Watcher<T> watcher) {
            passGate();
            Watch w = d.watch(options, watcher);
            open.add(w);
            return w;
        }

        @Override
        public ObjectList<T> list(ListOptions options) {
            lists.incrementAndGet();
            return d.list(options);
        }

        // the rest passes through

        @Override
        public Class<T> type() {
            return d.type();
        }

        @Override
        public String namespace() {
            return d.namespace();
        }

        @Override
        public ResourceClient<T> inNamespace(String namespace) {
            return new Gated<>(d.inNamespace(namespace));
        }

        @Override
        public ResourceClient<T> inAnyNamespace() {
            return new Gated<>(d.inAnyNamespace());
        }

        @Override
        public T get(String name) {
            return d.get(name);
        }

        @Override
        public T create(T object) {
            return d.create(object);
        }

        @Override
        public T update(T object) {
            return d.update(object);
        }

        @Override
        public T updateStatus(T object) {
            return d.updateStatus(object);
        }

        @Override
        public T patch(String name, PatchType type, String body) {
            return d.patch(name, type, body);
        }

        @Override
        public T patchStatus(String name, PatchType type, String body) {
            return d.patchStatus(name, type, body);
        }

        @Override
        public T apply(T object, String fieldManager, boolean force) {
            return d.apply(object, fieldManager, force);
        }

        @Override
        public void delete(String name, DeleteOptions options) {
            d.delete(name, options);
        }
    }
}
