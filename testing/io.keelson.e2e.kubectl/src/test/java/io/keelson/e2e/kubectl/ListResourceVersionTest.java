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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** resourceVersion and resourceVersionMatch on a LIST, as Kubernetes reads them (over the plain port: the semantics, not TLS). */
class ListResourceVersionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CMS = "/api/v1/namespaces/default/configmaps";
    @TempDir
    static Path dir;
    static SqliteStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, 0));
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.insecureUrl() + path)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode list(String query, int status) throws Exception {
        HttpResponse<String> r = call("GET", CMS + query, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    static List<String> names(JsonNode list) {
        return list.path("items").findValuesAsText("name");
    }

    static long create(String name) throws Exception {
        HttpResponse<String> r = call("POST", CMS, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("metadata").path("resourceVersion").asLong();
    }

    @Test
    void exactReadsAtTheRevisionAndNotOlderThanReadsTheLatest() throws Exception {
        long first = create("rv-a");
        create("rv-b");
        JsonNode exact = list("?resourceVersion=" + first + "&resourceVersionMatch=Exact", 200);
        assertThat(exact.path("metadata").path("resourceVersion").asText()).isEqualTo(Long.toString(first));
        assertThat(names(exact)).contains("rv-a").doesNotContain("rv-b");
        // with a limit and no match, a version is exact (Kubernetes' legacy rule)
        assertThat(names(list("?resourceVersion=" + first + "&limit=50", 200))).contains("rv-a").doesNotContain("rv-b");
        JsonNode notOlder = list("?resourceVersion=" + first + "&resourceVersionMatch=NotOlderThan", 200);
        assertThat(names(notOlder)).contains("rv-a", "rv-b");
        assertThat(names(list("?resourceVersion=" + first, 200))).contains("rv-a", "rv-b");
        assertThat(names(list("?resourceVersion=0", 200))).contains("rv-a", "rv-b");
        assertThat(names(list("", 200))).contains("rv-a", "rv-b");
    }

    @Test
    void aVersionAheadOfTheStoreIsTooLargeAndACompactedOneTooOld() throws Exception {
        long ahead = store.revision() + 1000;
        JsonNode tooLarge = list("?resourceVersion=" + ahead + "&resourceVersionMatch=NotOlderThan", 504);
        assertThat(tooLarge.path("reason").asText()).isEqualTo("Timeout");
        assertThat(tooLarge.path("message").asText()).startsWith("Timeout: Too large resource version: " + ahead + ", current: ");
        assertThat(tooLarge.path("details").path("causes").get(0).path("reason").asText()).isEqualTo("ResourceVersionTooLarge");

        long old = create("rv-old");
        create("rv-new");
        store.compact(store.revision());
        JsonNode expired = list("?resourceVersion=" + old + "&resourceVersionMatch=Exact", 410);
        assertThat(expired.path("reason").asText()).isEqualTo("Expired");
        assertThat(expired.path("message").asText()).isEqualTo("The resourceVersion for the provided list is too old.");
        assertThat(names(list("?resourceVersion=" + old + "&resourceVersionMatch=NotOlderThan", 200))).contains("rv-old", "rv-new");
    }

    @Test
    void theCompactedRevisionItselfCanStillBeListedExactly() throws Exception {
        create("rv-at-compaction");
        long compacted = store.revision();
        store.compact(compacted);
        // etcd refuses only revisions below its compaction revision (rev < compactMainRev): the compacted one is still read
        assertThat(names(list("?resourceVersion=" + compacted + "&resourceVersionMatch=Exact", 200))).contains("rv-at-compaction");
        assertThat(list("?resourceVersion=" + (compacted - 1) + "&resourceVersionMatch=Exact", 410).path("reason").asText())
                .isEqualTo("Expired");
    }

    @Test
    void invalidCombinationsAreRefusedInKubernetesWords() throws Exception {
        JsonNode noVersion = list("?resourceVersionMatch=Exact", 422);
        assertThat(noVersion.path("message").asText()).startsWith("ListOptions.meta.k8s.io \"\" is invalid: ")
                .contains("resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided");
        assertThat(list("?resourceVersion=0&resourceVersionMatch=Exact", 422).path("message").asText())
                .contains("resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"");
        assertThat(list("?resourceVersion=1&resourceVersionMatch=Newest", 422).path("message").asText())
                .contains("Unsupported value: \"Newest\": supported values: \"Exact\", \"NotOlderThan\"");
        assertThat(list("?resourceVersion=x", 400).path("message").asText()).contains("resourceVersion");
    }
}
