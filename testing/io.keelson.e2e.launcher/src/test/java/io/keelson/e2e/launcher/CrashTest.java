package io.keelson.e2e.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.testing.FreePort;
import io.keelson.testing.KeelsonServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the whole server (keelson up on the embedded store) in the middle of a write burst
 * through the API, ten times on one data dir: after each restart every write the API acknowledged
 * (201 Created) is there with its value.
 */
class CrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 10;
    private static final int WRITERS = 8;

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path data = tmp.resolve("data");
        Random random = new Random(42);
        for (int round = 0; round < ROUNDS; round++) {
            int port = FreePort.pick();
            try (KeelsonServer server = KeelsonServer.start(data, "--port", "0", "--insecure-port", Integer.toString(port),
                    "--plugins-dir", tmp.resolve("plugins").toString()).awaitReady()) {
                String base = "http://127.0.0.1:" + port;
                assertAllPresent(base, round);
                int target = acknowledged.size() + 200 + random.nextInt(800);
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    int r = round;
                    writers.submit(() -> write(base, r, writer, stop));
                }
                Awaitility.await("acknowledged writes").atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= target);
                server.crash();
                stop.set(true);
                writers.shutdown();
                assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            }
        }
        int port = FreePort.pick();
        try (KeelsonServer server = KeelsonServer.start(data, "--port", "0", "--insecure-port", Integer.toString(port),
                "--plugins-dir", tmp.resolve("plugins").toString()).awaitReady()) {
            assertAllPresent("http://127.0.0.1:" + port, ROUNDS);
            assertThat(acknowledged).hasSizeGreaterThan(ROUNDS * 200);
            System.out.printf("crash test: %d acknowledged writes over %d kill -9 rounds, all present%n", acknowledged.size(), ROUNDS);
            server.stop();
        }
    }

    private void write(String base, int round, int writer, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String name = "r" + round + "-w" + writer + "-" + i;
            String value = Integer.toHexString(name.hashCode()) + "-" + i;
            String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name
                    + "\"},\"data\":{\"v\":\"" + value + "\"}}";
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/namespaces/default/configmaps"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acknowledged.put(name, value);
                }
            } catch (Exception crashed) {
                return; // the server is gone: whatever was not acknowledged does not count
            }
        }
    }

    private void assertAllPresent(String base, int round) throws Exception {
        Map<String, String> stored = new HashMap<>();
        String cont = "";
        do {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/namespaces/default/configmaps?limit=500" + (cont.isEmpty() ? "" : "&continue=" + cont))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode list = JSON.readTree(r.body());
            for (JsonNode item : list.path("items")) {
                stored.put(item.path("metadata").path("name").asText(), item.path("data").path("v").asText());
            }
            cont = list.path("metadata").path("continue").asText("");
        } while (!cont.isEmpty());
        assertThat(stored).as("after %d crashes", round).containsAllEntriesOf(acknowledged);
    }
}
