package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** kubectl auth whoami and auth can-i --list: SelfSubjectReview and SelfSubjectRulesReview, answered and never stored. */
class AuthReviewsTest extends ClusterTest {

    @Test
    void whoamiShowsTheClientCertificatesUserAndGroups() throws Exception {
        assertThat(k.ok("auth", "whoami").out()).isEqualTo("""
                ATTRIBUTE   VALUE
                Username    kubernetes-admin
                Groups      [system:masters system:authenticated]
                """);
        JsonNode review = k.json("auth", "whoami", "-o", "json");
        assertThat(review.path("kind").asText()).isEqualTo("SelfSubjectReview");
        assertThat(review.path("apiVersion").asText()).isEqualTo("authentication.k8s.io/v1");
        assertThat(review.path("status").path("userInfo").path("username").asText()).isEqualTo("kubernetes-admin");
        HttpResponse<String> list = k.call("GET", "/apis/authentication.k8s.io/v1/selfsubjectreviews", null, null);
        assertThat(list.statusCode()).isEqualTo(405);
    }

    @Test
    void canIListShowsThatTheAdminMayDoEverything() throws Exception {
        String table = k.ok("auth", "can-i", "--list").out();
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table).containsPattern("^Resources\\s+Non-Resource URLs\\s+Resource Names\\s+Verbs\\n")
                .containsPattern("\\n\\*\\.\\*\\s+\\[\\]\\s+\\[\\]\\s+\\[\\*\\]\\n")
                .containsPattern("\\n\\s+\\[\\*\\]\\s+\\[\\]\\s+\\[\\*\\]\\n$");
        HttpResponse<String> r = k.call("POST", "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews", "application/json",
                "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectRulesReview\",\"spec\":{\"namespace\":\"default\"}}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode status = Cluster.JSON.readTree(r.body()).path("status");
        assertThat(status.toString()).isEqualTo("{\"resourceRules\":[{\"verbs\":[\"*\"],\"apiGroups\":[\"*\"],\"resources\":[\"*\"]}],"
                + "\"nonResourceRules\":[{\"verbs\":[\"*\"],\"nonResourceURLs\":[\"*\"]}],\"incomplete\":false}");
    }

    @Test
    void discoveryListsTheReviewResources() throws Exception {
        assertThat(k.ok("api-versions").out()).contains("authentication.k8s.io/v1\n", "authorization.k8s.io/v1\n");
        assertThat(k.ok("api-resources").out()).containsPattern("selfsubjectreviews\\s+authentication.k8s.io/v1\\s+false\\s+SelfSubjectReview")
                .containsPattern("selfsubjectrulesreviews\\s+authorization.k8s.io/v1\\s+false\\s+SelfSubjectRulesReview");
        String type = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
        JsonNode groups = Cluster.JSON.readTree(k.call("GET", "/apis", null, null, "Accept", type).body());
        JsonNode authentication = null;
        for (JsonNode item : groups.path("items")) {
            if (item.path("metadata").path("name").asText().equals("authentication.k8s.io")) {
                authentication = item;
            }
        }
        assertThat(authentication).isNotNull();
        JsonNode resource = authentication.path("versions").get(0).path("resources").get(0);
        assertThat(resource.path("resource").asText()).isEqualTo("selfsubjectreviews");
        assertThat(resource.path("verbs").toString()).isEqualTo("[\"create\"]");
        assertThat(resource.path("scope").asText()).isEqualTo("Cluster");
    }
}
