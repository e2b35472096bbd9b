package io.keelson.client.tools.internal.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.GoneException;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.WatchEvent;
import io.keelson.client.api.Watcher;

/**
 * One watch of a reflector: applies events to the informer until the watch ends, and none after
 * the reflector moved on ({@link #detach()} and event delivery share a lock, so a late event can
 * never land after the next list).
 */
final class WatchSession<T extends HasMetadata> implements Watcher<T> {

    /** How a watch ended. */
    enum Outcome {
        /** Cleanly, after at least one event: watch again from the last resourceVersion. */
        ENDED,
        /** Cleanly without any event: watch again after a short pause. */
        QUIET,
        /** 410: the resourceVersion is too old; list again. */
        GONE,
        /** An ERROR event other than 410: list again after a backoff. */
        ERROR,
        /** The connection failed: watch again after a backoff. */
        FAILED
    }

    private final DefaultSharedInformer<T> sink;
    private Outcome outcome;
    private boolean detached;
    private boolean sawEvent;

    WatchSession(DefaultSharedInformer<T> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void onEvent(WatchEvent<T> event) {
        if (outcome != null || detached) {
            return;
        }
        sawEvent = true;
        switch (event.type()) {
            case ADDED, MODIFIED -> sink.upsert(event.object());
            case DELETED -> sink.delete(event.object());
            case BOOKMARK -> sink.bookmark(event.object().getMetadata().getResourceVersion());
            case ERROR -> end(event.code() == 410 ? Outcome.GONE : Outcome.ERROR);
        }
    }

    @Override
    public synchronized void onClose(KubeException cause) {
        if (cause == null) {
            end(sawEvent ? Outcome.ENDED : Outcome.QUIET);
        } else {
            end(cause instanceof GoneException ? Outcome.GONE : Outcome.FAILED);
        }
    }

    private void end(Outcome o) {
        if (outcome == null) {
            outcome = o;
            notifyAll();
        }
    }

    synchronized Outcome awaitEnd() throws InterruptedException {
        while (outcome == null) {
            wait();
        }
        return outcome;
    }

    synchronized void detach() {
        detached = true;
    }
}
