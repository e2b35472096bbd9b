package io.keelson.client.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Status;
import io.keelson.client.api.ConnectionException;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.Watch;
import io.keelson.client.api.WatchEvent;
import io.keelson.client.api.Watcher;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A watch as a chunked stream of JSON lines, read one line at a time (the server is not read ahead
 * of the watcher). Events and the final onClose are delivered under this object's lock, so
 * onClose always comes after the last event, exactly once.
 */
final class HttpWatch<T> implements Watch, Flow.Subscriber<String> {

    private final Class<T> type;
    private final Watcher<T> watcher;
    private boolean ended;
    private volatile boolean closed;
    private volatile Flow.Subscription subscription;
    private CompletableFuture<HttpResponse<Void>> exchange;
    private Transport transport;

    HttpWatch(Class<T> type, Watcher<T> watcher) {
        this.type = type;
        this.watcher = watcher;
    }

    HttpWatch<T> start(Transport transport, String pathAndQuery) {
        synchronized (this) {
            this.transport = transport;
        }
        transport.openWatches.add(this);
        HttpRequest request = transport.request(pathAndQuery).GET().build();
        CompletableFuture<HttpResponse<Void>> started = transport.http.sendAsync(request, info -> info.statusCode() == 200
                ? BodySubscribers.fromLineSubscriber(this)
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(), body -> {
                    finish(Transport.failure(info.statusCode(), body));
                    return null;
                }));
        synchronized (this) {
            exchange = started;
        }
        started.whenComplete((response, error) -> {
            if (error != null) {
                finish(closed ? null : new ConnectionException("watch " + pathAndQuery + ": " + error, error));
            }
        });
        return this;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(String line) {
        if (!line.isBlank()) {
            deliver(line);
        }
        Flow.Subscription s = subscription;
        if (s != null && !closed) {
            s.request(1);
        }
    }

    private synchronized void deliver(String line) {
        if (ended || closed) {
            return;
        }
        WatchEvent<T> event;
        try {
            JsonNode n = Transport.JSON.readTree(line);
            WatchEvent.Type kind = WatchEvent.Type.valueOf(n.path("type").asText());
            JsonNode object = n.path("object");
            event = kind == WatchEvent.Type.ERROR ? new WatchEvent<>(kind, null, Transport.convert(object, Status.class))
                    : new WatchEvent<>(kind, Transport.convert(object, type), null);
        } catch (IOException | RuntimeException e) {
            finish(new KubeException(KubeException.status(500, "InternalError", "undecodable watch event: " + e.getMessage()), e));
            close();
            return;
        }
        watcher.onEvent(event);
    }

    @Override
    public void onError(Throwable error) {
        finish(closed ? null : new ConnectionException("watch stream broke: " + error, error));
    }

    @Override
    public void onComplete() {
        finish(null);
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        CompletableFuture<HttpResponse<Void>> e;
        synchronized (this) {
            e = exchange;
        }
        if (e != null) {
            // aborts the exchange if the answer has not started yet (Java 16+)
            e.cancel(true);
        }
        finish(null);
    }

    private synchronized void finish(KubeException cause) {
        if (!ended) {
            ended = true;
            if (transport != null) {
                transport.openWatches.remove(this);
            }
            watcher.onClose(cause);
        }
    }
}
