package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.apiserver.internal.table.TableConverter;
import io.keelson.apiserver.internal.watch.Change;
import io.keelson.apiserver.internal.watch.Subscription;
import io.keelson.apiserver.internal.watch.WatchHub;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * WATCH: {@code {"type":...,"object":...}} events as a chunked stream, or as WebSocket text messages
 * when the request asks to upgrade. Changes come from the shared {@link WatchHub}; without a
 * resourceVersion (or with sendInitialEvents) the current objects come first as ADDED. A start
 * older than the type's window or the store's compaction is a 410 Expired ERROR event.
 */
public final class WatchHandler {

    /** How often a quiet watch checks that its client is still there. */
    private static final long QUIET_CHECK_MILLIS = 2000;
    private final Context context;
    private final WatchHub hub;
    private final WebSocketWatches webSockets;

    public WatchHandler(Context context, WatchHub hub, WebSocketWatches webSockets) {
        this.context = context;
        this.hub = hub;
        this.webSockets = webSockets;
    }

    public void watch(Exchange ex, ApiPath path) {
        if (!path.type().supports("watch")) {
            throw Errors.methodNotAllowed();
        }
        WatchRequest request = WatchRequest.parse(ex, path, context.defaultWatchTimeout());
        if (ex instanceof InProcess local) {
            local.start((gone, sink) -> run(request, gone, sink));
            return;
        }
        if (WebSocketWatches.isUpgrade(ex)) {
            webSockets.upgrade(ex, sink -> run(request, () -> false, sink));
            return;
        }
        ex.idleTimeout(request.timeout().toMillis() + 60_000); // a quiet watch is no idle connection
        OutputStream out = ex.stream(200, "application/json");
        try {
            run(request, ex::clientGone, event -> {
                // the event and its newline in one write: one chunk and one TLS record per event, not two
                byte[] line = java.util.Arrays.copyOf(event, event.length + 1);
                line[event.length] = '\n';
                out.write(line);
                out.flush();
            });
        } catch (IOException e) {
            // the client went away
        } finally {
            ex.finishStream(out);
        }
    }

    /** Where events (as JSON) go: a chunked response or a WebSocket; throws IOException once the client is gone. */
    public interface Sink {
        void send(byte[] event) throws IOException;

        /** True for an in-process sink: it takes events as trees ({@link #send(String, ObjectNode)}) and never text. */
        default boolean trees() {
            return false;
        }

        /** An event as a tree; the object may be shared with other watchers (read-only). */
        default void send(String type, ObjectNode object) throws IOException {
            throw new UnsupportedOperationException("a byte sink");
        }
    }

    /** An exchange that runs the watch itself (in-process: on a thread of its own, events to a listener) instead of streaming. */
    public interface InProcess {
        void start(Loop loop);
    }

    /** A checked watch request, ready to run: {@code gone} is asked while it is quiet whether the watcher left. */
    public interface Loop {
        void run(java.util.function.BooleanSupplier gone, Sink sink) throws IOException;
    }

    /** {@code gone} is asked while the watch is quiet whether the client has left. */
    void run(WatchRequest r, java.util.function.BooleanSupplier gone, Sink sink) throws IOException {
        ResourceType type = r.path().type();
        Events events = new Events(r, sink);
        long start = r.from() == -2 ? hub.progress() : r.from();
        if (r.from() == -1) {
            Lister.Page page = new Lister(context.storage()).list(type, r.path().namespace(), r.labels(), r.fields(), 0, null);
            for (ObjectNode o : page.items()) {
                events.send("ADDED", o);
            }
            start = page.revision();
        }
        long compacted = context.storage().store().compactedRevision();
        String exact = r.fields().pinnedName() != null && (r.path().namespace() != null || !type.namespaced())
                ? ObjectStorage.key(type, r.path().namespace(), r.fields().pinnedName()) : null;
        Subscription sub = start < compacted ? null : hub.subscribe(type, r.path().namespace(), exact, start);
        if (sub == null) {
            events.error(Errors.gone("too old resource version: " + start + " (" + Math.max(compacted, hub.floor(type)) + ")").status());
            return;
        }
        try (sub) {
            if (r.initialEvents()) {
                events.bookmark(start, true);
            }
            long last = start;
            Instant deadline = Instant.now().plus(r.timeout());
            // without bookmarks the only timer is the deadline (else the wait would shrink to nothing once the first one passed)
            Instant nextBookmark = r.bookmarks() ? Instant.now().plus(context.bookmarkInterval()) : deadline;
            long nextCheck = System.currentTimeMillis() + QUIET_CHECK_MILLIS;
            while (Instant.now().isBefore(deadline) && !sub.ended()) {
                long wait = Math.max(1, Math.min(deadline.toEpochMilli(), nextBookmark.toEpochMilli()) - System.currentTimeMillis());
                Change c = sub.poll(Math.min(wait, QUIET_CHECK_MILLIS));
                if (c != null) {
                    events.change(c);
                    last = c.revision();
                } else if (System.currentTimeMillis() >= nextCheck) {
                    if (gone.getAsBoolean()) {
                        return;
                    }
                    nextCheck = System.currentTimeMillis() + QUIET_CHECK_MILLIS;
                }
                if (r.bookmarks() && !Instant.now().isBefore(nextBookmark)) {
                    last = Math.max(last, hub.progress());
                    events.bookmark(last, false);
                    nextBookmark = Instant.now().plus(context.bookmarkInterval());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Turns changes into ADDED/MODIFIED/DELETED by selector membership, as the watch cache does. */
    private final class Events {
        private final WatchRequest r;
        private final Sink sink;

        Events(WatchRequest r, Sink sink) {
            this.r = r;
            this.sink = sink;
        }

        void change(Change c) throws IOException {
            boolean was = c.previous() != null && Lister.matches(c.previous(), r.labels(), r.fields());
            if (c.deleted()) {
                if (was) {
                    send("DELETED", c);
                }
                return;
            }
            boolean now = Lister.matches(c.object(), r.labels(), r.fields());
            if (now) {
                send(was ? "MODIFIED" : "ADDED", c);
            } else if (was) {
                send("DELETED", c);
            }
        }

        /** A change's event, encoded once for all watchers when no Table is wanted. */
        private void send(String kind, Change c) throws IOException {
            if (r.table() || sink.trees()) {
                send(kind, c.object());
            } else {
                sink.send(c.encoded(kind, () -> event(kind, Responses.typed(r.path().type(), c.object()))));
            }
        }

        void send(String kind, ObjectNode object) throws IOException {
            ResourceType type = r.path().type();
            ObjectNode body = r.table() ? TableConverter.table(context.rules(), type, List.of(object), null, null, r.includeObject(),
                    Instant.now(context.clock())) : Responses.typed(type, object);
            write(kind, body);
        }

        void bookmark(long revision, boolean initialEventsEnd) throws IOException {
            ResourceType type = r.path().type();
            ObjectNode o = Json.object().put("kind", type.kind()).put("apiVersion", type.apiVersion());
            ObjectNode meta = o.putObject("metadata").put("resourceVersion", Long.toString(revision));
            if (initialEventsEnd) {
                meta.putObject("annotations").put("k8s.io/initial-events-end", "true");
            }
            write("BOOKMARK", o);
        }

        void error(ObjectNode status) throws IOException {
            write("ERROR", status);
        }

        private void write(String kind, ObjectNode object) throws IOException {
            if (sink.trees()) {
                sink.send(kind, object);
                return;
            }
            sink.send(event(kind, object));
        }

        private static byte[] event(String kind, ObjectNode object) {
            ObjectNode e = Json.object().put("type", kind);
            e.set("object", object);
            return Json.bytes(e);
        }
    }
}
