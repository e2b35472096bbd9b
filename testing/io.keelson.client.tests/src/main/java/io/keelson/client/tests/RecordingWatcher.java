package io.keelson.client.tests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.WatchEvent;
import io.keelson.client.api.Watcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps what a watch delivered, and flags any onEvent after onClose. */
public final class RecordingWatcher<T extends HasMetadata> implements Watcher<T> {

    private final List<WatchEvent<T>> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile KubeException cause;

    @Override
    public void onEvent(WatchEvent<T> event) {
        if (closes.get() > 0) {
            violations.add("event after onClose: " + event.type());
        }
        events.add(event);
    }

    @Override
    public void onClose(KubeException error) {
        cause = error;
        closes.incrementAndGet();
    }

    public List<WatchEvent<T>> events() {
        return List.copyOf(events);
    }

    /** "ADDED a", "MODIFIED a", ... for object events; bookmarks left out. */
    public List<String> described() {
        return events.stream().filter(e -> e.type() != WatchEvent.Type.BOOKMARK)
                .map(e -> e.type() + (e.object() == null ? " " + e.code() : " " + e.object().getMetadata().getName())).toList();
    }

    public int closes() {
        return closes.get();
    }

    public KubeException cause() {
        return cause;
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }
}
