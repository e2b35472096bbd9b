package io.keelson.apiserver.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.api.ApiException;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.ApiWatch;
import io.keelson.apiserver.api.ApiWatchListener;
import io.keelson.apiserver.api.Caller;
import io.keelson.apiserver.api.ListParams;
import io.keelson.apiserver.api.ResourceKey;
import io.keelson.apiserver.api.WriteParams;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Router;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ApiRequests} through the HTTP routes' own code: each call is a {@link LocalExchange} that
 * {@link Router#route} serves as it serves an authenticated HTTP request, minus transport (bodies and
 * answers stay trees). Watches run on this object's daemon threads, one per watch, as Jetty gives
 * each HTTP watch a thread.
 */
public final class LocalRequests implements ApiRequests, AutoCloseable {

    private final Router router;
    private final ExecutorService watchThreads;

    public LocalRequests(Router router) {
        this.router = router;
        AtomicInteger n = new AtomicInteger();
        this.watchThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "keelson-local-watch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ObjectNode get(Caller caller, ResourceKey key) {
        return serve(caller, new LocalExchange("GET", Paths.of(key), null, null));
    }

    @Override
    public ObjectNode list(Caller caller, ResourceKey key, ListParams p) {
        LocalExchange ex = new LocalExchange("GET", Paths.of(key), null, null);
        if (p != null) {
            ex.param("limit", p.limit() > 0 ? Long.toString(p.limit()) : null).param("continue", p.continueToken());
            selection(ex, p);
        }
        return serve(caller, ex);
    }

    @Override
    public ApiWatch watch(Caller caller, ResourceKey key, ListParams p, ApiWatchListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        LocalExchange ex = new LocalExchange("GET", Paths.of(key), null, loop -> {
            LocalWatch w = new LocalWatch(loop, listener);
            watchThreads.execute(w);
            return w;
        });
        ex.param("watch", "true");
        if (p != null) {
            ex.param("timeoutSeconds", p.timeoutSeconds() > 0 ? Long.toString(p.timeoutSeconds()) : null)
                    .param("allowWatchBookmarks", p.allowWatchBookmarks() ? "true" : null)
                    .param("sendInitialEvents", p.sendInitialEvents() == null ? null : p.sendInitialEvents().toString());
            selection(ex, p);
        }
        route(caller, ex);
        if (ex.watch() == null) {
            throw exported(Errors.internal("the watch did not start"));
        }
        return ex.watch();
    }

    private static void selection(LocalExchange ex, ListParams p) {
        ex.param("labelSelector", p.labelSelector()).param("fieldSelector", p.fieldSelector())
                .param("resourceVersion", p.resourceVersion()).param("resourceVersionMatch", p.resourceVersionMatch());
    }

    @Override
    public ObjectNode create(Caller caller, ResourceKey key, ObjectNode body, WriteParams params) {
        return write(caller, "POST", key, "application/json", body, params);
    }

    @Override
    public ObjectNode update(Caller caller, ResourceKey key, ObjectNode body, WriteParams params) {
        return write(caller, "PUT", key, "application/json", body, params);
    }

    @Override
    public ObjectNode patch(Caller caller, ResourceKey key, String contentType, JsonNode patch, WriteParams params) {
        return write(caller, "PATCH", key, contentType, patch, params);
    }

    @Override
    public ObjectNode delete(Caller caller, ResourceKey key, ObjectNode deleteOptions, WriteParams params) {
        return write(caller, "DELETE", key, "application/json", deleteOptions, params);
    }

    private ObjectNode write(Caller caller, String method, ResourceKey key, String contentType, JsonNode body, WriteParams p) {
        LocalExchange ex = new LocalExchange(method, Paths.of(key), body, null).header("Content-Type", contentType);
        if (p != null) {
            ex.param("dryRun", p.dryRun() ? "All" : null).param("fieldManager", p.fieldManager())
                    .param("fieldValidation", p.fieldValidation()).param("force", p.force() ? "true" : null);
        }
        return serve(caller, ex);
    }

    private ObjectNode serve(Caller caller, LocalExchange ex) {
        route(caller, ex);
        if (ex.failure() != null) {
            throw exported(Errors.internal(String.valueOf(ex.failure().getMessage())));
        }
        if (!(ex.answer() instanceof ObjectNode answer)) {
            throw exported(Errors.internal("the answer to " + ex.method() + " " + ex.path() + " is no object"));
        }
        return answer;
    }

    /** The router as an authenticated HTTP request meets it: the caller stands for the client certificate. */
    private void route(Caller caller, LocalExchange ex) {
        if (caller == null || caller.user() == null || caller.user().isEmpty()) {
            throw exported(Errors.unauthorized());
        }
        ex.header("User-Agent", caller.userAgent()).header("Accept", "application/json");
        ex.user(new io.keelson.apiserver.internal.http.Authenticator.User(caller.user(), caller.groups()));
        try {
            router.route(ex);
        } catch (io.keelson.apiserver.internal.errors.ApiException e) {
            throw exported(e);
        }
    }

    static ApiException exported(io.keelson.apiserver.internal.errors.ApiException e) {
        return new ApiException(e.code(), e.status());
    }

    /** Ends every watch's thread (their listeners get onClose). */
    @Override
    public void close() {
        watchThreads.shutdownNow();
    }
}
