package io.keelson.client.local.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Status;
import io.keelson.apiserver.api.ApiException;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.ApiWatch;
import io.keelson.apiserver.api.ApiWatchListener;
import io.keelson.apiserver.api.Caller;
import io.keelson.apiserver.api.ListParams;
import io.keelson.apiserver.api.ResourceKey;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.Watch;
import io.keelson.client.api.WatchEvent;
import io.keelson.client.api.Watcher;
import java.util.Set;

/**
 * A watch over {@link ApiRequests#watch}: each event's tree becomes a typed object once. Events and
 * the final onClose are delivered under this object's lock, as the HTTP client's watch does, so
 * onClose comes after the last event, exactly once, and no event follows close().
 */
final class TreeWatch<T> implements Watch, ApiWatchListener {

    private final Class<T> type;
    private final Watcher<T> watcher;
    private final Set<TreeWatch<?>> open;
    private boolean ended;
    private volatile boolean closed;
    private ApiWatch server;

    TreeWatch(Class<T> type, Watcher<T> watcher, Set<TreeWatch<?>> open) {
        this.type = type;
        this.watcher = watcher;
        this.open = open;
    }

    TreeWatch<T> start(ApiRequests requests, Caller caller, ResourceKey key, ListParams params) {
        open.add(this);
        try {
            ApiWatch started = requests.watch(caller, key, params, this);
            synchronized (this) {
                server = started;
            }
            if (closed) {
                started.close();
            }
        } catch (ApiException e) {
            // as over HTTP, a refused watch ends through onClose, on a thread of its own, never from watch()
            Thread t = new Thread(() -> finish(Trees.failure(e)), "keelson-local-watch-refused");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    @Override
    public synchronized void onEvent(String kind, ObjectNode object) {
        if (ended || closed) {
            return;
        }
        WatchEvent<T> event;
        try {
            WatchEvent.Type t = WatchEvent.Type.valueOf(kind);
            event = t == WatchEvent.Type.ERROR ? new WatchEvent<>(t, null, Trees.convert(object, Status.class))
                    : new WatchEvent<>(t, Trees.convert(object, type), null);
        } catch (RuntimeException e) {
            KubeException failure = e instanceof KubeException k ? k
                    : new KubeException(KubeException.status(500, "InternalError", "undecodable watch event: " + e.getMessage()), e);
            finish(failure);
            close();
            return;
        }
        watcher.onEvent(event);
    }

    @Override
    public void onClose(ApiException error) {
        finish(error == null || closed ? null : Trees.failure(error));
    }

    @Override
    public void close() {
        closed = true;
        ApiWatch s;
        synchronized (this) {
            s = server;
        }
        if (s != null) {
            s.close();
        }
        finish(null);
    }

    private synchronized void finish(KubeException cause) {
        if (!ended) {
            ended = true;
            open.remove(this);
            watcher.onClose(cause);
        }
    }
}
