package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.testing.RunningApiServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML bodies, WebSocket watches, sendInitialEvents, and the shared watch: one store watch, no stall from a slow watcher. */
class WatchTest {

    @TempDir
    static Path dir;
    static CountingStore counting;
    static Cluster k;

    @BeforeAll
    static void start() throws Exception {
        RunningApiServer server = RunningApiServer.start(dir.resolve("data"), s -> s.withWatchLimits(4096, 50), store -> {
            counting = new CountingStore(store);
            return counting;
        });
        k = new Cluster(server, dir);
        k.ok("create", "namespace", "w");
    }

    @AfterAll
    static void stop() throws Exception {
        k.close();
    }

    static String cm(String name, String value) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"v\":\"" + value + "\"}}";
    }

    @Test
    void yamlBodiesAreReadLikeJson() throws Exception {
        var created = k.call("POST", "/api/v1/namespaces/w/configmaps", "application/yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  a: \"1\"\n");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(k.ok("get", "cm", "from-yaml", "-n", "w", "-o", "jsonpath={.data.a}").out()).isEqualTo("1");
        var broken = k.call("POST", "/api/v1/namespaces/w/configmaps", "application/yaml", "kind: [ConfigMap\n  nope: {");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Cluster.JSON.readTree(broken.body()).path("kind").asText()).isEqualTo("Status");
    }

    @Test
    void sendInitialEventsEndsTheInitialObjectsWithAMarkedBookmark() throws Exception {
        k.call("POST", "/api/v1/namespaces/w/configmaps", "application/json", cm("initial", "1"));
        var bad = k.call("GET", "/api/v1/namespaces/w/configmaps?watch=1&sendInitialEvents=true", null, null);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Cluster.JSON.readTree(bad.body()).path("message").asText()).startsWith("ListOptions.meta.k8s.io \"\" is invalid: ");
        HttpRequest watch = HttpRequest.newBuilder(URI.create(k.server.url() + "/api/v1/namespaces/w/configmaps?watch=1"
                + "&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=5")).build();
        HttpResponse<InputStream> stream = k.http.send(watch, HttpResponse.BodyHandlers.ofInputStream());
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode e = Cluster.JSON.readTree(line);
                events.add(e);
                if (e.path("type").asText().equals("BOOKMARK")) {
                    break;
                }
            }
        }
        JsonNode bookmark = events.get(events.size() - 1);
        assertThat(bookmark.path("object").path("metadata").path("annotations").path("k8s.io/initial-events-end").asText()).isEqualTo("true");
        assertThat(events.subList(0, events.size() - 1)).allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("ADDED"));
        assertThat(events.stream().map(e -> e.path("object").path("metadata").path("name").asText())).contains("initial");
    }

    @Test
    void webSocketWatchDeliversEventsAsTextMessages() throws Exception {
        String rv = Cluster.JSON.readTree(k.call("GET", "/api/v1/namespaces/w/configmaps", null, null).body())
                .path("metadata").path("resourceVersion").asText();
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setKeyStore(k.keyStore);
        tls.setKeyStorePassword("test");
        tls.setTrustStore(k.trustStore);
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);
        HttpClient http = new HttpClient(new org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP(connector));
        WebSocketClient ws = new WebSocketClient(http);
        ws.start();
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        try {
            URI uri = URI.create(k.server.url().replace("https:", "wss:") + "/api/v1/namespaces/w/configmaps?watch=true&resourceVersion=" + rv);
            Session session = ws.connect(new Collect(messages), uri).get(10, TimeUnit.SECONDS);
            k.call("POST", "/api/v1/namespaces/w/configmaps", "application/json", cm("over-ws", "1"));
            JsonNode added = Cluster.JSON.readTree(messages.poll(10, TimeUnit.SECONDS));
            assertThat(added.path("type").asText()).isEqualTo("ADDED");
            assertThat(added.path("object").path("metadata").path("name").asText()).isEqualTo("over-ws");
            k.call("DELETE", "/api/v1/namespaces/w/configmaps/over-ws", null, null);
            assertThat(Cluster.JSON.readTree(messages.poll(10, TimeUnit.SECONDS)).path("type").asText()).isEqualTo("DELETED");
            session.close(1000, "done", Callback.NOOP);
        } finally {
            ws.stop();
        }
    }

    @Test
    void manyWatchersShareOneStoreWatchAndASlowOneStallsNobody() throws Exception {
        int before = counting.watches.get();
        List<HttpResponse<InputStream>> watchers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            watchers.add(k.http.send(HttpRequest.newBuilder(URI.create(k.server.url()
                    + "/api/v1/namespaces/w/configmaps?watch=1&resourceVersion=" + currentRv() + "&timeoutSeconds=60")).build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> k.server.apiServer().watchers("", "configmaps") >= 30);
        k.call("POST", "/api/v1/namespaces/w/configmaps", "application/json", cm("shared", "1"));
        List<BufferedReader> readers = new ArrayList<>();
        for (HttpResponse<InputStream> w : watchers) {
            BufferedReader r = new BufferedReader(new InputStreamReader(w.body(), StandardCharsets.UTF_8));
            assertThat(Cluster.JSON.readTree(r.readLine()).path("object").path("metadata").path("name").asText()).isEqualTo("shared");
            readers.add(r);
        }
        assertThat(counting.watches.get()).as("store watches opened for 30 watchers").isEqualTo(before);
        for (HttpResponse<InputStream> w : watchers.subList(3, watchers.size())) {
            w.body().close();
        }

        SSLSocket slow = slowWatcher();
        List<java.util.concurrent.Future<List<String>>> fast = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        for (BufferedReader r : readers.subList(0, 3)) {
            fast.add(pool.submit(() -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    names.add(Cluster.JSON.readTree(r.readLine()).path("object").path("metadata").path("name").asText());
                }
                return names;
            }));
        }
        String big = "x".repeat(100_000);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            assertThat(k.call("POST", "/api/v1/namespaces/w/configmaps", "application/json", cm("load-" + i, big)).statusCode()).isEqualTo(201);
            expected.add("load-" + i);
        }
        for (var f : fast) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        pool.shutdownNow();
        watchers.subList(0, 3).forEach(w -> {
            try {
                w.body().close();
            } catch (java.io.IOException e) {
                // closed already
            }
        });
        // the watcher that never reads fell more than its backlog behind and was cut off; the others got everything
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(k.server.apiServer().watchers("", "configmaps")).isZero());
        slow.close();
    }

    /** Collects text messages (public: Jetty calls it through method handles). */
    public static final class Collect implements Session.Listener.AutoDemanding {
        private final BlockingQueue<String> messages;

        Collect(BlockingQueue<String> messages) {
            this.messages = messages;
        }

        @Override
        public void onWebSocketText(String message) {
            messages.add(message);
        }
    }

    private static String currentRv() throws Exception {
        return Cluster.JSON.readTree(k.call("GET", "/api/v1/namespaces/w/configmaps?limit=1", null, null).body())
                .path("metadata").path("resourceVersion").asText();
    }

    /** A watch whose client reads the response headers and then nothing. */
    private static SSLSocket slowWatcher() throws Exception {
        URI url = URI.create(k.server.url());
        SSLSocket s = (SSLSocket) k.ssl().getSocketFactory().createSocket();
        s.setReceiveBufferSize(4096);
        s.connect(new java.net.InetSocketAddress(url.getHost(), url.getPort()));
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/v1/namespaces/w/configmaps?watch=1&resourceVersion=" + currentRv() + " HTTP/1.1\r\nHost: "
                + url.getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.getInputStream().read(new byte[64]);
        return s;
    }
}
