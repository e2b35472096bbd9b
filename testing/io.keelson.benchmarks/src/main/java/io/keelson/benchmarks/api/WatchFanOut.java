package io.keelson.benchmarks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WatchListener;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.eclipse.jetty.client.Request;

/**
 * Watch fan-out: W watchers on one namespace's pods (chunked HTTP/1.1 watches, one connection
 * each, from a resourceVersion so no initial events), then rounds of one update each; beside it W
 * listeners on the raw store and rounds of one CAS update.
 */
final class WatchFanOut {

    static final String NS = "bench-watch";
    /** Rounds before the measured ones, printed but not counted (see {@link FanOut#warmUp}). */
    static final int WARMUP_ROUNDS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WatchFanOut() {
    }

    /** {@code serverWatchers}: how many pod watchers the server feeds (to see whether closed watches end on its side). */
    static FanOut.Result api(Http writer, Http watchClient, Failures failures, int watchers, int rounds, IntSupplier serverWatchers)
            throws Exception {
        String pod = ApiOps.pods(NS) + "/w-0";
        String rv = Pods.resourceVersion(writer.expect(200, "GET", pod, null).body());
        // start where an informer would: at the list's resourceVersion (the pod's own may be older than the watch window)
        String from = JSON.readTree(writer.expect(200, "GET", ApiOps.pods(NS), null).body()).path("metadata").path("resourceVersion").asText();
        FanOut fanOut = new FanOut();
        CountDownLatch established = new CountDownLatch(watchers);
        AtomicInteger ended = new AtomicInteger();
        List<Request> requests = new ArrayList<>();
        long opening = System.nanoTime();
        for (int i = 0; i < watchers; i++) {
            int watcher = i;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            Request r = watchClient.request("GET", ApiOps.pods(NS) + "?watch=1&resourceVersion=" + from + "&timeoutSeconds=1800", null, null)
                    .timeout(30, TimeUnit.MINUTES).idleTimeout(30, TimeUnit.MINUTES);
            r.onResponseHeaders(response -> established.countDown());
            r.onResponseContent((response, content) -> events(watcher, content, line, fanOut, failures));
            r.send(result -> {
                ended.incrementAndGet();
                if (result.isFailed() && !(result.getFailure() instanceof Cancelled)) {
                    failures.add("watch fan-out", "GET pods?watch=1",
                            new Http.Reply(result.getResponse() == null ? 0 : result.getResponse().getStatus(), null, result.getFailure()));
                } else if (!result.isFailed() && result.getResponse().getStatus() != 200) {
                    failures.add("watch fan-out", "GET pods?watch=1", new Http.Reply(result.getResponse().getStatus(), null, null));
                }
            });
            requests.add(r);
        }
        established.await(120, TimeUnit.SECONDS);
        int open = (int) (watchers - established.getCount());
        double establishSeconds = (System.nanoTime() - opening) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "  %d of %d watches answered with headers in %.1f s%n", open, watchers, establishSeconds);
        Thread.sleep(1000); // let every server-side watch subscribe after flushing its headers
        if (ended.get() > 0) {
            failures.add("watch fan-out", "GET pods?watch=1", ended.get() + " of " + open + " watches ended before the first update", null);
        }
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            String body = Pods.pod(NS, "w-0", 0, rv, "watch-" + round, false);
            long sent = System.nanoTime();
            Http.Reply reply = writer.call("PUT", pod, body);
            long acked = System.nanoTime();
            if (!reply.is(200)) {
                failures.add("watch fan-out", "PUT pod", reply);
                rv = Pods.resourceVersion(writer.expect(200, "GET", pod, null).body());
                continue;
            }
            rv = Pods.resourceVersion(reply.body());
            if (round < 0) {
                fanOut.warmUp(round + WARMUP_ROUNDS + 1, Long.parseLong(rv), acked, () -> open - ended.get(), 30_000);
            } else {
                fanOut.round(Long.parseLong(rv), sent, acked, () -> open - ended.get(), 30_000);
            }
            Thread.sleep(300);
        }
        for (Request r : requests) {
            r.abort(new Cancelled());
        }
        // the server should notice closed watch connections and drop their watchers
        long deadline = System.currentTimeMillis() + 15_000;
        while (serverWatchers.getAsInt() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        int left = serverWatchers.getAsInt();
        if (left > 0) {
            failures.add("watch fan-out", "GET pods?watch=1 (closed by the client)", left + " server-side watchers still subscribed 15 s"
                    + " after their clients closed the connections", null);
        }
        return fanOut.result(watchers, open, establishSeconds, left);
    }

    /**
     * Splits a watcher's stream into lines; a line's receipt time is when its last bytes arrived. The
     * load generator shares the 2 cores with the server: lines are split in bulk and an event is read
     * only up to its object's resourceVersion (a whole-event parse and a byte-at-a-time split cost the
     * client more per event than the server spends sending it).
     */
    private static void events(int watcher, ByteBuffer content, ByteArrayOutputStream line, FanOut fanOut, Failures failures) {
        long now = System.nanoTime();
        while (content.hasRemaining()) {
            int end = -1;
            for (int i = content.position(); i < content.limit(); i++) {
                if (content.get(i) == '\n') {
                    end = i;
                    break;
                }
            }
            byte[] part = new byte[(end < 0 ? content.limit() : end) - content.position()];
            content.get(part);
            line.write(part, 0, part.length);
            if (end < 0) {
                return;
            }
            content.get(); // the newline
            event(watcher, line.toByteArray(), now, fanOut, failures);
            line.reset();
        }
    }

    private static void event(int watcher, byte[] line, long now, FanOut fanOut, Failures failures) {
        try {
            long rv = modifiedRevision(line);
            if (rv > 0) {
                fanOut.received(watcher, rv, now);
                return;
            }
            JsonNode event = JSON.readTree(line);
            if ("ERROR".equals(event.path("type").asText())) {
                failures.add("watch fan-out", "GET pods?watch=1", "ERROR event " + event.path("object").path("code").asText(),
                        event.path("object").path("message").asText());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("watcher " + watcher + " got a line that is no JSON", e);
        }
    }

    /** A MODIFIED event's object.metadata.resourceVersion, read no further than that; -1 for any other line. */
    private static long modifiedRevision(byte[] line) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(line)) {
            p.nextToken();
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME || !"type".equals(p.currentName())
                    || p.nextToken() == null || !"MODIFIED".equals(p.getText())
                    || p.nextToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME || !"object".equals(p.currentName())
                    || p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return -1;
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                boolean metadata = p.currentName().equals("metadata");
                p.nextToken();
                if (!metadata) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    boolean rv = p.currentName().equals("resourceVersion");
                    p.nextToken();
                    if (rv) {
                        return Long.parseLong(p.getText());
                    }
                    p.skipChildren();
                }
                return -1;
            }
            return -1;
        }
    }

    static FanOut.Result store(KeyValueStore store, byte[] value, int watchers, int rounds) throws Exception {
        String key = "/bench/watch/w-0";
        long revision = store.create(key, value, 0).revision();
        FanOut fanOut = new FanOut();
        List<Watch> watches = new ArrayList<>();
        for (int i = 0; i < watchers; i++) {
            int watcher = i;
            watches.add(store.watch("/bench/watch/", 0, new WatchListener() {
                @Override
                public void onEvents(List<WatchEvent> events) {
                    long now = System.nanoTime();
                    for (WatchEvent e : events) {
                        fanOut.received(watcher, e.revision(), now);
                    }
                }
            }));
        }
        Thread.sleep(500);
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            long sent = System.nanoTime();
            revision = store.update(key, value, revision, 0).revision();
            long acked = System.nanoTime();
            if (round < 0) {
                fanOut.warmUp(round + WARMUP_ROUNDS + 1, revision, acked, () -> watchers, 30_000);
            } else {
                fanOut.round(revision, sent, acked, () -> watchers, 30_000);
            }
            Thread.sleep(300);
        }
        for (Watch w : watches) {
            w.close();
        }
        return fanOut.result(watchers, watchers, 0, -1);
    }

    /** Ends a watch on purpose (not counted as a failure). */
    static final class Cancelled extends Exception {
        Cancelled() {
            super("benchmark over", null, false, false);
        }
    }
}
