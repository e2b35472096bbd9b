package io.keelson.store.contract;

import io.keelson.store.api.StoreException;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link WatchListener} that keeps everything it receives and notes contract breaches
 * (overlapping calls, empty batches, events after an error) instead of throwing on the store's thread.
 */
public class RecordingListener implements WatchListener {

    private final List<WatchEvent> events = new ArrayList<>();
    private final AtomicReference<StoreException> error = new AtomicReference<>();
    private final AtomicBoolean inCall = new AtomicBoolean();
    private final List<String> violations = new ArrayList<>();

    @Override
    public void onEvents(List<WatchEvent> batch) {
        enter();
        try {
            synchronized (this) {
                if (batch.isEmpty()) {
                    violations.add("onEvents with an empty list");
                }
                if (error.get() != null) {
                    violations.add("onEvents after onError");
                }
                events.addAll(batch);
            }
        } finally {
            inCall.set(false);
        }
    }

    @Override
    public void onError(StoreException e) {
        enter();
        try {
            if (!error.compareAndSet(null, e)) {
                synchronized (this) {
                    violations.add("onError called twice");
                }
            }
        } finally {
            inCall.set(false);
        }
    }

    private void enter() {
        if (!inCall.compareAndSet(false, true)) {
            synchronized (this) {
                violations.add("overlapping listener calls");
            }
        }
    }

    /** A snapshot of the events received so far, in delivery order. */
    public synchronized List<WatchEvent> events() {
        return new ArrayList<>(events);
    }

    /** Revisions received so far, in delivery order. */
    public synchronized List<Long> revisions() {
        return events.stream().map(WatchEvent::revision).toList();
    }

    public StoreException error() {
        return error.get();
    }

    /** Breaches of the listener contract seen so far (empty when all is well). */
    public synchronized List<String> violations() {
        return new ArrayList<>(violations);
    }
}
