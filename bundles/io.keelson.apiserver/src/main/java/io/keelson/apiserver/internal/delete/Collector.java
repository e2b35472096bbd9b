package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.delete.Deleter.Key;
import io.keelson.apiserver.internal.handlers.Lister;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in, inside the API server, for two controller-manager loops that do not exist yet: the
 * namespace controller (a Terminating namespace's contents are deleted, then its {@code kubernetes}
 * finalizer cleared) and the garbage collector's finalizers ({@code orphan}: dependents lose their
 * owner reference; {@code foregroundDeletion}: dependents are deleted first). Background deletions'
 * dependents are deleted too. When the controller manager arrives, it takes over and this is switched
 * off. Pending work found at start is picked up again.
 */
public final class Collector implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Collector.class.getName());
    private static final long RETRY_MILLIS = 300;
    private final Context context;
    private final Deleter deleter;
    private final Dependents dependents;
    private final DelayQueue<Work> queue = new DelayQueue<>();
    private final Thread thread;

    public Collector(Context context) {
        this.context = context;
        this.deleter = new Deleter(context, key -> enqueue(key, 0));
        this.dependents = new Dependents(context, deleter);
        this.thread = new Thread(this::loop, "keelson-collector");
        thread.setDaemon(true);
    }

    public Deleter deleter() {
        return deleter;
    }

    public void start() {
        for (ResourceType type : context.registry().all()) {
            if (type.has(ResourceType.Trait.VIRTUAL)) {
                continue;
            }
            for (ObjectNode o : new Lister(context.storage()).list(type, null, LabelSelector.parse(null), FieldSelector.parse(null, type), 0,
                    null).items()) {
                ObjectNode meta = Json.metadata(o);
                if (meta.has("deletionTimestamp")) {
                    enqueue(new Key(type, meta.path("namespace").asText(null), meta.path("name").asText()), 0);
                }
            }
        }
        thread.start();
    }

    /** After a deletion that removed the object at once: its dependents follow (Background). */
    public void deleted(ResourceType type, ObjectNode object) {
        queue.add(new Work(new Key(type, null, null), object, System.currentTimeMillis()));
    }

    private void enqueue(Key key, long delayMillis) {
        queue.add(new Work(key, null, System.currentTimeMillis() + delayMillis));
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            Work w;
            try {
                w = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (w.gone() != null) {
                    dependents.deleteOrphans(w.key().type(), w.gone());
                } else if (!process(w.key())) {
                    enqueue(w.key(), RETRY_MILLIS);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "finalizing " + w.key() + " failed; will retry: " + e);
                if (w.gone() == null) {
                    enqueue(w.key(), RETRY_MILLIS * 10);
                }
            }
        }
    }

    /** One step for an object being deleted; true when nothing is left to do for it. */
    private boolean process(Key key) {
        ObjectNode object = context.storage().get(key.type(), key.namespace(), key.name()).map(s -> s.object()).orElse(null);
        if (object == null || !Json.metadata(object).has("deletionTimestamp")) {
            return true;
        }
        ObjectNode meta = Json.metadata(object);
        if (Finalizers.has(meta, Finalizers.ORPHAN)) {
            dependents.orphan(key, object);
            deleter.removeFinalizer(key.type(), key.namespace(), key.name(), Finalizers.ORPHAN);
            return false;
        }
        if (Finalizers.has(meta, Finalizers.FOREGROUND)) {
            if (dependents.deleteAll(key, object)) {
                deleter.removeFinalizer(key.type(), key.namespace(), key.name(), Finalizers.FOREGROUND);
            }
            return false;
        }
        if (Deleter.isNamespace(key.type()) && object.path("spec").path("finalizers").size() > 0) {
            if (dependents.emptyNamespace(key.name())) {
                NamespaceFinalize.clear(context, deleter, key.name());
            }
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    /** Work: an object to finalize, or a deleted owner ({@code gone}; the key only names its type) whose dependents go. */
    private record Work(Key key, ObjectNode gone, long due) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(due, ((Work) o).due);
        }
    }
}
