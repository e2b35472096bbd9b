package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reading lists over raw HTTP in the LIST tests: a GET that must answer 200, and the names of its items. */
final class ListReads {

    private ListReads() {
    }

    /** GETs {@code url} (with {@code accept} when not null), asserts 200 and returns the body as JSON. */
    static JsonNode get(HttpClient http, String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Cluster.JSON.readTree(r.body());
    }

    static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.path("metadata").path("name").asText()));
        return names;
    }
}
