package io.keelson.client.tests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.cache.ResourceEventHandler;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A handler that rebuilds the informer's view from events alone (name → resourceVersion), logs
 * them ("INITIAL a", "ADD a", "UPDATE a", "RESYNC a", "DELETE a", "DELETE? a" for inferred), and
 * flags impossible sequences (an add of a known name, an update or delete of an unknown one).
 */
public final class ViewHandler<T extends HasMetadata> implements ResourceEventHandler<T> {

    private final Map<String, String> view = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();

    @Override
    public void onAdd(T object, boolean isInInitialList) {
        String name = object.getMetadata().getName();
        if (view.put(name, object.getMetadata().getResourceVersion()) != null) {
            violations.add("add of known " + name);
        }
        log.add((isInInitialList ? "INITIAL " : "ADD ") + name);
    }

    @Override
    public void onUpdate(T oldObject, T newObject) {
        String name = newObject.getMetadata().getName();
        if (view.put(name, newObject.getMetadata().getResourceVersion()) == null) {
            violations.add("update of unknown " + name);
        }
        boolean resync = oldObject.getMetadata().getResourceVersion().equals(newObject.getMetadata().getResourceVersion());
        log.add((resync ? "RESYNC " : "UPDATE ") + name);
    }

    @Override
    public void onDelete(T object, boolean finalStateUnknown) {
        String name = object.getMetadata().getName();
        if (view.remove(name) == null) {
            violations.add("delete of unknown " + name);
        }
        log.add((finalStateUnknown ? "DELETE? " : "DELETE ") + name);
    }

    public Map<String, String> view() {
        return new TreeMap<>(view);
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /** The log without resyncs. */
    public List<String> changes() {
        return log.stream().filter(s -> !s.startsWith("RESYNC ")).toList();
    }

    public long count(String entry) {
        return log.stream().filter(entry::equals).count();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }
}
