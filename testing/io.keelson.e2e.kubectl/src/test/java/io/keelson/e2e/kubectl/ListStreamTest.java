package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.api.ForwardingKeyValueStore;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed LIST when the store changes under it between its pages (the second page is where the hook acts):
 * every page is read at the first one's revision, and a page that cannot be read any more cuts the answer off
 * so that the client sees a failure, not a short list. Also paging (limit, continue) with selectors and as a Table.
 */
class ListStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CMS = "/api/v1/namespaces/default/configmaps";
    private static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io";
    /** More than the server's store page (1,000 keys), each page well beyond the 64 KiB sent whole. */
    private static final int COUNT = 1_500;

    @TempDir
    static Path dir;
    static SqliteStore sqlite;
    static HookStore store;
    static ApiServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() throws Exception {
        sqlite = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        store = new HookStore(sqlite);
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, 0));
        server.start();
        base = server.insecureUrl();
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            inFlight.acquire();
            String labels = i % 400 == 7 ? ",\"labels\":{\"rare\":\"yes\"}" : "";
            String body = String.format("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-%05d\"%s},"
                    + "\"data\":{\"k\":\"a value of some length, so that a page of these is well over the 64 KiB sent whole\"}}", i, labels);
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + CMS)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        for (var f : sent) {
            assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (sqlite != null) {
            sqlite.close();
        }
    }

    @AfterEach
    void disarm() {
        store.onSecondPage.set(null);
    }

    @Test
    void anObjectDeletedBetweenPagesIsStillListedAtTheListsRevision() throws Exception {
        String victim = String.format("cm-%05d", COUNT - 3);
        store.onSecondPage.set(request -> deleteRaw(request.prefix() + victim));
        JsonNode list = get(CMS, null);
        assertThat(store.onSecondPage.get()).as("the hook ran").isNull();
        assertThat(ListReads.names(list.path("items"))).contains(victim).hasSize(COUNT);
        assertThat(ListReads.names(get(CMS, null).path("items"))).doesNotContain(victim).hasSize(COUNT - 1);
        recreate(victim);
    }

    @Test
    void aPageThatCannotBeReadAfterTheAnswerStartedFailsTheResponse() throws Exception {
        String victim = String.format("cm-%05d", COUNT - 2);
        store.onSecondPage.set(request -> {
            deleteRaw(request.prefix() + victim); // a revision past the list's
            sqlite.compact(sqlite.revision()); // the list's revision is gone: its next page is a CompactedException
        });
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + CMS)).build();
        assertThatThrownBy(() -> {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("a complete answer " + r.statusCode() + " of " + r.body().length() + " characters, ending '"
                    + r.body().substring(Math.max(0, r.body().length() - 80)) + "'");
        }).isInstanceOf(IOException.class);
        assertThat(store.onSecondPage.get()).as("the hook ran").isNull();
        recreate(victim);
        assertThat(ListReads.names(get(CMS, null).path("items"))).hasSize(COUNT); // the server serves on
    }

    @Test
    void aLimitedTableSaysHowManyRemainAsTheListDoes() throws Exception {
        JsonNode list = get(CMS + "?limit=10", null);
        JsonNode table = get(CMS + "?limit=10", TABLE);
        assertThat(list.path("metadata").path("remainingItemCount").asLong()).isEqualTo(COUNT - 10);
        assertThat(table.path("metadata").path("remainingItemCount").asLong(-1)).isEqualTo(COUNT - 10);
        assertThat(table.path("metadata").path("continue").asText()).isNotEmpty();
        assertThat(table.path("rows")).hasSize(10);
    }

    @Test
    void aSelectiveLimitedListPagesThroughEveryMatchWithoutACount() throws Exception {
        List<String> found = new ArrayList<>();
        String cont = "";
        int pages = 0;
        do {
            JsonNode page = get(CMS + "?labelSelector=rare%3Dyes&limit=2" + (cont.isEmpty() ? "" : "&continue=" + cont), null);
            found.addAll(ListReads.names(page.path("items")));
            assertThat(page.path("metadata").has("remainingItemCount")).isFalse(); // unknown under a selector, as in Kubernetes
            cont = page.path("metadata").path("continue").asText("");
            pages++;
        } while (!cont.isEmpty() && pages < 10);
        assertThat(found).containsExactly("cm-00007", "cm-00407", "cm-00807", "cm-01207");
    }

    @Test
    void objectsOfUnusualShapesAreListedAsTheyAreRead() throws Exception {
        String ns = "/api/v1/namespaces/odd";
        post("/api/v1/namespaces", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"odd\"}}");
        List<String> bodies = List.of(
                "{\"metadata\":{\"name\":\"nested\"},\"data\":{\"metadata\":\"{\\\"resourceVersion\\\":\\\"1\\\"}\",\"kind\":\"x\"}}",
                "{\"metadata\":{\"name\":\"escapes\",\"annotations\":{\"a\":\"\\\"resourceVersion\\\":\\\"5\\\"\",\"b\":\"\\\\\"}},"
                        + "\"data\":{\"q\":\"} ] \\\" \\\\ \\u00fc \\ud83d\\ude00 \\u0000\"}}",
                "{\"metadata\":{\"name\":\"empty\"},\"data\":{},\"binaryData\":{\"b\":\"AAEC\"}}",
                "{\"metadata\":{\"name\":\"big\",\"labels\":{\"metadata\":\"resourceVersion\"}},\"data\":{\"v\":\"" + "x".repeat(1_000_000) + "\"}}");
        for (String b : bodies) {
            post(ns + "/configmaps", b.replace("{\"metadata\"", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\""));
        }
        JsonNode list = get(ns + "/configmaps", null);
        assertThat(ListReads.names(list.path("items"))).containsExactly("big", "empty", "escapes", "nested");
        JsonNode table = get(ns + "/configmaps", TABLE);
        for (int i = 0; i < 4; i++) {
            JsonNode item = list.path("items").get(i);
            JsonNode one = get(ns + "/configmaps/" + item.path("metadata").path("name").asText(), null);
            ((com.fasterxml.jackson.databind.node.ObjectNode) one).remove(List.of("kind", "apiVersion"));
            assertThat(item).isEqualTo(one);
            assertThat(table.path("rows").get(i).path("object").path("metadata")).isEqualTo(one.path("metadata"));
        }
        assertThat(list.path("items").get(2).path("data").path("q").asText()).isEqualTo("} ] \" \\ \u00fc \ud83d\ude00 \u0000");
    }

    @Test
    void aTableRowWithAnUnknownIncludeObjectIsABadRequest() throws Exception {
        for (String path : List.of(CMS + "?includeObject=Everything", CMS + "?limit=5&includeObject=Everything",
                CMS + "/cm-00000?includeObject=Everything")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", TABLE).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("message").asText()).isEqualTo("unrecognized includeObject value: \"Everything\"");
        }
        // Kubernetes checks the value as it fills each row: a Table without rows is no error, nor a list that is no Table
        assertThat(get("/api/v1/namespaces/nothing-here/configmaps?includeObject=Everything", TABLE).path("rows")).isEmpty();
        assertThat(get(CMS + "?limit=1&includeObject=Everything", null).path("items")).hasSize(1);
        assertThat(get(CMS + "?limit=1&includeObject=None", TABLE).path("rows").get(0).has("object")).isFalse();
    }

    private static void post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static void deleteRaw(String key) {
        KeyValue kv = sqlite.get(key).orElseThrow();
        sqlite.delete(key, kv.modRevision());
    }

    private static void recreate(String name) throws Exception {
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"k\":\"v\"}}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + CMS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static JsonNode get(String path, String accept) throws Exception {
        return ListReads.get(http, base + path, accept);
    }


    /** The SQLite store, with a hook run once before the read of a LIST's second page (a range from a key, at a revision). */
    static final class HookStore extends ForwardingKeyValueStore {

        final AtomicReference<Consumer<RangeRequest>> onSecondPage = new AtomicReference<>();

        HookStore(KeyValueStore store) {
            super(store);
        }

        @Override
        public RangeResult range(RangeRequest request) {
            if (request.startKey() != null && request.revision() > 0 && request.prefix().contains("/configmaps/")) {
                Consumer<RangeRequest> hook = onSecondPage.getAndSet(null);
                if (hook != null) {
                    hook.accept(request);
                }
            }
            return super.range(request);
        }
    }
}
