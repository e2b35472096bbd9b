package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LIST longer than the server's store pages (1,000 keys, the next read ahead) streams every object
 * once, in key order, at one revision; as JSON, as a Table, and paged by limit and continue.
 */
class ListPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CMS = "/api/v1/namespaces/default/configmaps";
    private static final int COUNT = 2_345;
    private static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io";

    @TempDir
    Path dir;

    @Test
    void everyObjectOnceInKeyOrderAtOneRevision() throws Exception {
        try (SqliteStore store = new SqliteStore(Files.createDirectories(dir.resolve("db")))) {
            ApiServer server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, 0));
            server.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = server.insecureUrl();
                create(http, base);
                List<String> expected = IntStream.range(0, COUNT).mapToObj(i -> String.format("cm-%05d", i)).toList();

                JsonNode list = ListReads.get(http, base + CMS, null);
                assertThat(ListReads.names(list.path("items"))).isEqualTo(expected);
                String rv = list.path("metadata").path("resourceVersion").asText();
                assertThat(list.path("items").findValuesAsText("resourceVersion")).allSatisfy(v -> assertThat(Long.parseLong(v))
                        .isLessThanOrEqualTo(Long.parseLong(rv)));
                assertThat(list.path("items").get(0).has("kind")).isFalse();

                JsonNode table = ListReads.get(http, base + CMS, TABLE);
                List<String> rows = new ArrayList<>();
                table.path("rows").forEach(r -> rows.add(r.path("object").path("metadata").path("name").asText()));
                assertThat(rows).isEqualTo(expected);
                assertThat(table.path("metadata").path("resourceVersion").asText()).isEqualTo(rv);

                List<String> paged = new ArrayList<>();
                String cont = "";
                do {
                    JsonNode page = ListReads.get(http, base + CMS + "?limit=700" + (cont.isEmpty() ? "" : "&continue=" + cont), null);
                    paged.addAll(ListReads.names(page.path("items")));
                    cont = page.path("metadata").path("continue").asText("");
                    if (!cont.isEmpty()) {
                        assertThat(page.path("metadata").path("remainingItemCount").asLong()).isEqualTo(COUNT - paged.size());
                    }
                } while (!cont.isEmpty());
                assertThat(paged).isEqualTo(expected);
            } finally {
                server.close();
            }
        }
    }

    private static void create(HttpClient http, String base) throws Exception {
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            inFlight.acquire();
            String body = String.format("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-%05d\"},\"data\":{\"k\":\"v\"}}", i);
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + CMS)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        for (var f : sent) {
            assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
        }
    }
}
