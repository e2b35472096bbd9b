package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.apiserver.internal.table.TableConverter;
import io.keelson.store.api.CompactedException;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * WATCH: a chunked stream of {@code {"type":...,"object":...}} lines. Without a resourceVersion (or
 * "0") it starts with ADDED for every current object; with one it replays changes after it, or
 * sends a 410 Expired ERROR when compaction discarded them.
 */
public final class WatchHandler {

    private final Context context;

    public WatchHandler(Context context) {
        this.context = context;
    }

    public void watch(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (!type.supports("watch")) {
            throw Errors.methodNotAllowed();
        }
        LabelSelector labels = LabelSelector.parse(ex.query("labelSelector"));
        String fieldText = ex.query("fieldSelector");
        if (path.name() != null) {
            fieldText = (fieldText == null || fieldText.isEmpty() ? "" : fieldText + ",") + "metadata.name=" + path.name();
        }
        FieldSelector fields = FieldSelector.parse(fieldText, type);
        String rv = ex.query("resourceVersion");
        long from = rv == null || rv.isEmpty() || rv.equals("0") ? -1 : parseRevision(rv);
        Duration timeout = timeout(ex.query("timeoutSeconds"));
        boolean bookmarks = ex.queryFlag("allowWatchBookmarks");
        WatchStream stream = new WatchStream(type, labels, fields, TableConverter.wanted(ex.header("Accept")), ex.query("includeObject"),
                context.clock(), ex.stream(200, "application/json"));
        try {
            run(type, path.namespace(), labels, fields, from, timeout, bookmarks, stream);
        } catch (IOException e) {
            // the client went away
        } finally {
            ex.finishStream(stream.out());
        }
    }

    private void run(ResourceType type, String namespace, LabelSelector labels, FieldSelector fields, long from, Duration timeout, boolean bookmarks,
            WatchStream stream) throws IOException {
        long start = from;
        if (from < 0) {
            Lister.Page page = new Lister(context.storage()).list(type, namespace, labels, fields, 0, null);
            for (ObjectNode o : page.items()) {
                stream.send("ADDED", o);
            }
            start = page.revision();
        }
        long compacted = context.storage().store().compactedRevision();
        if (start < compacted) {
            stream.error(Errors.gone("too old resource version: " + start + " (" + compacted + ")").status());
            return;
        }
        LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        String prefix = ObjectStorage.prefix(type, namespace);
        String exact = fields.pinnedName() != null && (namespace != null || !type.namespaced())
                ? ObjectStorage.key(type, namespace, fields.pinnedName()) : null;
        long lastRevision = start;
        try (Watch watch = context.storage().store().watch(exact != null ? exact : prefix, start, new WatchListener() {
            @Override
            public void onEvents(List<WatchEvent> events) {
                queue.addAll(events);
            }

            @Override
            public void onError(StoreException error) {
                queue.add(error);
            }
        })) {
            Instant deadline = Instant.now().plus(timeout);
            Instant nextBookmark = Instant.now().plus(context.bookmarkInterval());
            while (Instant.now().isBefore(deadline)) {
                long waitMs = Math.max(1, Math.min(Duration.between(Instant.now(), deadline).toMillis(),
                        Duration.between(Instant.now(), nextBookmark).toMillis()));
                Object item = poll(queue, waitMs);
                if (item instanceof WatchEvent event) {
                    if (exact == null || event.key().equals(exact)) {
                        stream.event(event);
                    }
                    lastRevision = event.revision();
                } else if (item instanceof CompactedException c) {
                    stream.error(Errors.gone("too old resource version: " + c.requestedRevision() + " (" + c.compactedRevision() + ")")
                            .status());
                    return;
                } else if (item instanceof StoreException e) {
                    stream.error(Errors.internal(e.getMessage()).status());
                    return;
                }
                if (bookmarks && !Instant.now().isBefore(nextBookmark)) {
                    stream.bookmark(Math.max(lastRevision, queue.isEmpty() ? context.storage().store().revision() : lastRevision));
                    nextBookmark = Instant.now().plus(context.bookmarkInterval());
                }
            }
        }
    }

    private static Object poll(LinkedBlockingQueue<Object> queue, long ms) {
        try {
            return queue.poll(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StoreException("interrupted");
        }
    }

    private static long parseRevision(String rv) {
        try {
            long v = Long.parseLong(rv);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw Errors.badRequest("resourceVersion: Invalid value: \"" + rv + "\": must be a non-negative integer");
        }
    }

    private Duration timeout(String seconds) {
        if (seconds != null && !seconds.isEmpty()) {
            try {
                long s = Long.parseLong(seconds);
                if (s > 0) {
                    return Duration.ofSeconds(s);
                }
            } catch (NumberFormatException e) {
                throw Errors.badRequest("timeoutSeconds: Invalid value: \"" + seconds + "\": must be an integer");
            }
        }
        // like Kubernetes: min-request-timeout, randomised up to twice it so watches do not all end together
        long base = context.defaultWatchTimeout().toSeconds();
        return Duration.ofSeconds(base + ThreadLocalRandom.current().nextLong(Math.max(1, base)));
    }

    /** Writes events as JSON lines, turning store changes into ADDED/MODIFIED/DELETED by selector membership. */
    private final class WatchStream {
        private final ResourceType type;
        private final LabelSelector labels;
        private final FieldSelector fields;
        private final String tableInclude;
        private final boolean table;
        private final java.time.Clock clock;
        private final OutputStream out;

        WatchStream(ResourceType type, LabelSelector labels, FieldSelector fields, boolean table, String tableInclude,
                java.time.Clock clock, OutputStream out) {
            this.type = type;
            this.labels = labels;
            this.fields = fields;
            this.table = table;
            this.tableInclude = tableInclude;
            this.clock = clock;
            this.out = out;
        }

        OutputStream out() {
            return out;
        }

        void event(WatchEvent event) throws IOException {
            if (event.type() == WatchEvent.Type.DELETE) {
                if (event.previous() == null) {
                    return;
                }
                ObjectNode old = ObjectStorage.withVersion(ObjectStorage.decode(event.previous()).object(), event.revision());
                if (Lister.matches(old, labels, fields)) {
                    send("DELETED", old);
                }
                return;
            }
            ObjectNode now = ObjectStorage.decode(event.current()).object();
            boolean nowMatches = Lister.matches(now, labels, fields);
            boolean wasMatching = event.previous() != null && !event.isCreate()
                    && Lister.matches(ObjectStorage.decode(event.previous()).object(), labels, fields);
            if (nowMatches) {
                send(wasMatching ? "MODIFIED" : "ADDED", now);
            } else if (wasMatching) {
                send("DELETED", now);
            }
        }

        void send(String kind, ObjectNode object) throws IOException {
            ObjectNode body = table ? TableConverter.table(context.rules(), type, List.of(object), null, null, tableInclude, Instant.now(clock))
                    : Responses.typed(type, object);
            write(kind, body);
        }

        void bookmark(long revision) throws IOException {
            ObjectNode o = Json.object().put("kind", type.kind()).put("apiVersion", type.apiVersion());
            o.putObject("metadata").put("resourceVersion", Long.toString(revision));
            write("BOOKMARK", o);
        }

        void error(ObjectNode status) throws IOException {
            write("ERROR", status);
        }

        private void write(String kind, ObjectNode object) throws IOException {
            ObjectNode e = Json.object().put("type", kind);
            e.set("object", object);
            out.write(Json.bytes(e));
            out.write('\n');
            out.flush();
        }
    }
}
