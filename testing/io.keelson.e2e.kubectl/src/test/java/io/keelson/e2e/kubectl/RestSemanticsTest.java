package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.Pki;
import io.keelson.testing.RunningApiServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REST semantics kubectl does not show directly: CAS conflicts, paging, watch from a revision, 410, bad input. */
class RestSemanticsTest {

    @TempDir
    static Path dir;
    static RunningApiServer server;
    static HttpClient http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = RunningApiServer.start(dir);
        ClusterPki pki = Pki.open(dir.resolve("pki"));
        char[] pw = "test".toCharArray();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(pki.keyStore(pki.adminClient(), pw), pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(pki.trustStore());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String cm(String name, String rv) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\""
                + (rv == null ? "" : ",\"resourceVersion\":\"" + rv + "\"") + "},\"data\":{\"k\":\"" + name + rv + "\"}}";
    }

    @Test
    void staleUpdateConflictsAndResourceVersionsFollowTheStore() throws Exception {
        HttpResponse<String> created = call("POST", "/api/v1/namespaces/default/configmaps", "application/json", cm("c1", null));
        assertThat(created.statusCode()).isEqualTo(201);
        String rv1 = json(created).path("metadata").path("resourceVersion").asText();
        HttpResponse<String> updated = call("PUT", "/api/v1/namespaces/default/configmaps/c1", "application/json", cm("c1", rv1));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(json(updated).path("metadata").path("resourceVersion").asText())).isGreaterThan(Long.parseLong(rv1));
        HttpResponse<String> stale = call("PUT", "/api/v1/namespaces/default/configmaps/c1", "application/json", cm("c1", rv1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).path("message").asText()).isEqualTo("Operation cannot be fulfilled on configmaps \"c1\": the object has "
                + "been modified; please apply your changes to the latest version and try again");
        assertThat(json(stale).path("reason").asText()).isEqualTo("Conflict");
        HttpResponse<String> deleted = call("DELETE", "/api/v1/namespaces/default/configmaps/c1", null, null);
        assertThat(json(deleted).path("status").asText()).isEqualTo("Success");
        assertThat(call("DELETE", "/api/v1/namespaces/default/configmaps/c1", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void pagingWithContinueTokens() throws Exception {
        call("POST", "/api/v1/namespaces", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"paging\"}}");
        for (int i = 0; i < 5; i++) {
            assertThat(call("POST", "/api/v1/namespaces/paging/configmaps", "application/json", cm("p" + i, null)).statusCode()).isEqualTo(201);
        }
        JsonNode page1 = json(call("GET", "/api/v1/namespaces/paging/configmaps?limit=2", null, null));
        assertThat(page1.path("items")).hasSize(2);
        assertThat(page1.path("metadata").path("remainingItemCount").asInt()).isEqualTo(3);
        String token = page1.path("metadata").path("continue").asText();
        JsonNode page2 = json(call("GET", "/api/v1/namespaces/paging/configmaps?limit=2&continue=" + token, null, null));
        assertThat(page2.path("items").get(0).path("metadata").path("name").asText()).isEqualTo("p2");
        assertThat(page2.path("metadata").path("resourceVersion")).isEqualTo(page1.path("metadata").path("resourceVersion"));
        assertThat(call("GET", "/api/v1/namespaces/paging/configmaps?limit=2&continue=garbage", null, null).statusCode()).isEqualTo(400);
        call("POST", "/api/v1/namespaces/paging/configmaps", "application/json", cm("later", null));
        server.store().compact(server.store().revision());
        HttpResponse<String> expired = call("GET", "/api/v1/namespaces/paging/configmaps?limit=2&continue=" + token, null, null);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(json(expired).path("reason").asText()).isEqualTo("Expired");
    }

    @Test
    void watchFromARevisionAndGoneWhenCompacted() throws Exception {
        call("POST", "/api/v1/namespaces", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"w\"}}");
        long start = json(call("GET", "/api/v1/namespaces/w/configmaps", null, null)).path("metadata").path("resourceVersion").asLong();
        call("POST", "/api/v1/namespaces/w/configmaps", "application/json", cm("a", null));
        HttpRequest watch = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/namespaces/w/configmaps?watch=1&resourceVersion="
                + start + "&timeoutSeconds=5")).build();
        HttpResponse<java.io.InputStream> stream = http.send(watch, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            JsonNode first = JSON.readTree(r.readLine());
            assertThat(first.path("type").asText()).isEqualTo("ADDED");
            assertThat(first.path("object").path("metadata").path("name").asText()).isEqualTo("a");
            call("DELETE", "/api/v1/namespaces/w/configmaps/a", null, null);
            assertThat(JSON.readTree(r.readLine()).path("type").asText()).isEqualTo("DELETED");
        }
        server.store().compact(server.store().revision());
        HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(server.url()
                + "/api/v1/namespaces/w/configmaps?watch=1&resourceVersion=" + start)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode error = JSON.readTree(gone.body().lines().findFirst().orElseThrow());
        assertThat(error.path("type").asText()).isEqualTo("ERROR");
        assertThat(error.path("object").path("code").asInt()).isEqualTo(410);
        assertThat(error.path("object").path("message").asText()).startsWith("too old resource version: " + start);
    }

    @Test
    void badInputIsNeverAServerError() throws Exception {
        String[][] requests = {
            {"POST", "/api/v1/namespaces/default/pods", "application/json", "{not json"},
            {"POST", "/api/v1/namespaces/default/pods", "application/json", "[1,2]"},
            {"POST", "/api/v1/namespaces/default/pods", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"UPPER\"}}"},
            {"POST", "/api/v1/namespaces/default/pods", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"containers\":5}}"},
            {"POST", "/api/v1/namespaces/default/pods", "application/vnd.kubernetes.protobuf", "k8s\u0000garbage"},
            {"POST", "/api/v1/namespaces/default/pods", "application/yaml", "kind: Pod"},
            {"POST", "/api/v1/namespaces/default/pods/x", "application/json", "{}"},
            {"PATCH", "/api/v1/namespaces/default/pods/x", "application/json-patch+json", "[{\"op\":\"remove\"}]"},
            {"PATCH", "/api/v1/namespaces/kube-system", "application/json-patch+json", "[{\"op\":\"remove\",\"path\":\"/nope\"}]"},
            {"PATCH", "/api/v1/namespaces/kube-system", "application/merge-patch+json", "{\"metadata\":{\"labels\":{\"a b\":\"c\"}}}"},
            {"PATCH", "/api/v1/namespaces/kube-system", "text/plain", "{}"},
            {"PATCH", "/api/v1/namespaces/kube-system", "application/strategic-merge-patch+json", "{\"spec\":{\"finalizers\":[{\"$patch\":\"bogus\"}]}}"},
            {"PUT", "/api/v1/namespaces/kube-system", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"other\"}}"},
            {"GET", "/api/v1/pods?labelSelector=a%20in%20(", null, null},
            {"GET", "/api/v1/pods?fieldSelector=spec.bogus%3Dx", null, null},
            {"GET", "/api/v1/pods?limit=abc", null, null},
            {"GET", "/api/v1/pods?watch=1&resourceVersion=abc", null, null},
            {"GET", "/api/v1/bogus", null, null},
            {"GET", "/apis/nope/v1", null, null},
            {"DELETE", "/api/v1/namespaces/default/pods/x", "application/json", "{bad"},
            {"POST", "/apis/apps/v1/namespaces/default/deployments", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Deployment\"}"},
        };
        for (String[] r : requests) {
            HttpResponse<String> resp = call(r[0], r[1], r[2], r[3]);
            assertThat(resp.statusCode()).as("%s %s %s -> %s", r[0], r[1], r[3], resp.body()).isBetween(400, 499);
            ObjectNode status = (ObjectNode) json(resp);
            assertThat(status.path("kind").asText()).isEqualTo("Status");
            assertThat(status.path("code").asInt()).isEqualTo(resp.statusCode());
        }
    }

    @Test
    void aggregatedDiscoveryWhenAskedForAndThePlainFormOtherwise() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/apis"))
                .header("Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("kind").asText()).isEqualTo("APIGroupDiscoveryList");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/apis"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json(plain).path("kind").asText()).isEqualTo("APIGroupList");
    }

    @Test
    void pathParametersAreNamesAsInGo() throws Exception {
        call("POST", "/api/v1/namespaces/default/configmaps", "application/json",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"semi\"}}");
        // Go keeps ';' in the path: "semi;a=b" and ";" are names that do not exist, not "semi" and the list
        HttpResponse<String> withParam = call("GET", "/api/v1/namespaces/default/configmaps/semi;a=b", null, null);
        assertThat(withParam.statusCode()).isEqualTo(404);
        assertThat(json(withParam).path("message").asText()).isEqualTo("configmaps \"semi;a=b\" not found");
        assertThat(call("GET", "/api/v1/namespaces/default/configmaps/;", null, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/namespaces/default/configmaps/semi", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedBodyGetsIts413BeforeTheConnectionCloses() throws Exception {
        String big = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"a\":\""
                + "x".repeat(6 * 1024 * 1024) + "\"}}";
        for (int i = 0; i < 5; i++) { // a reset overtaking the answer was intermittent: try a few times
            HttpResponse<String> answer = call("POST", "/api/v1/namespaces/default/configmaps", "application/json", big);
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(json(answer).path("reason").asText()).isEqualTo("RequestEntityTooLarge");
        }
        assertThat(call("GET", "/api/v1/namespaces/default/configmaps/big", null, null).statusCode()).isEqualTo(404);
    }
}
