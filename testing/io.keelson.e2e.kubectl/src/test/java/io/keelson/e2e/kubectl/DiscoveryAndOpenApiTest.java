package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Aggregated discovery (v2, v2beta1), /openapi/v3 and /openapi/v2: kubectl explain and client-side strategic merge from the schemas. */
class DiscoveryAndOpenApiTest extends ClusterTest {

    @Test
    void aggregatedDiscoveryServesEveryResourceInTwoRequests() throws Exception {
        for (String v : new String[] {"v2", "v2beta1"}) {
            String type = "application/json;g=apidiscovery.k8s.io;v=" + v + ";as=APIGroupDiscoveryList";
            HttpResponse<String> apis = k.call("GET", "/apis", null, null, "Accept", type + ",application/json");
            assertThat(apis.headers().firstValue("Content-Type").orElse("")).isEqualTo(type);
            JsonNode list = Cluster.JSON.readTree(apis.body());
            assertThat(list.path("apiVersion").asText()).isEqualTo("apidiscovery.k8s.io/" + v);
            JsonNode apps = null;
            for (JsonNode item : list.path("items")) {
                if (item.path("metadata").path("name").asText().equals("apps")) {
                    apps = item;
                }
            }
            assertThat(apps).isNotNull();
            JsonNode deployments = null;
            for (JsonNode r : apps.path("versions").get(0).path("resources")) {
                if (r.path("resource").asText().equals("deployments")) {
                    deployments = r;
                }
            }
            assertThat(deployments.path("scope").asText()).isEqualTo("Namespaced");
            assertThat(deployments.path("shortNames").get(0).asText()).isEqualTo("deploy");
            assertThat(deployments.path("subresources").findValuesAsText("subresource")).containsExactly("scale", "status");
            JsonNode core = Cluster.JSON.readTree(k.call("GET", "/api", null, null, "Accept", type).body());
            assertThat(core.path("items").get(0).path("versions").get(0).path("resources").findValuesAsText("resource")).contains("pods");
        }
        Kubectl.Result verbose = k.ok("api-resources", "-v=6");
        assertThat(verbose.out()).containsPattern("deployments\\s+deploy\\s+apps/v1\\s+true\\s+Deployment");
        assertThat(verbose.err()).contains("/apis?timeout").doesNotContain("/apis/apps/v1?timeout");
    }

    @Test
    void explainPrintsFieldsWithTheirTypes() throws Exception {
        String containers = k.ok("explain", "pod.spec.containers").out();
        assertThat(containers).contains("KIND:       Pod", "VERSION:    v1", "FIELD: containers <[]Container>")
                .containsPattern("image\\s+<string>").containsPattern("ports\\s+<\\[\\]ContainerPort>")
                .containsPattern("env\\s+<\\[\\]EnvVar>").containsPattern("resources\\s+<ResourceRequirements>");
        assertThat(k.ok("explain", "deployment.spec.replicas").out()).contains("GROUP:      apps", "FIELD: replicas <integer>");
        assertThat(k.ok("explain", "cronjobs.spec").out()).containsPattern("schedule\\s+<string>");
    }

    @Test
    void clientSideApplyMergesContainersByNameFromTheSchemas() throws Exception {
        String twoContainers = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: two}
                spec:
                  selector: {matchLabels: {app: two}}
                  template:
                    metadata: {labels: {app: two}}
                    spec:
                      containers:
                      - {name: a, image: "a:1", env: [{name: X, value: "1"}]}
                      - {name: b, image: "b:1"}
                """;
        k.file("two.yaml", twoContainers);
        k.ok("apply", "-f", "two.yaml");
        k.ok("set", "env", "deploy/two", "-c", "b", "ADDED=yes");
        k.file("two.yaml", twoContainers.replace("a:1", "a:2"));
        Kubectl.Result applied = k.ok("apply", "-f", "two.yaml", "-v=8");
        assertThat(applied.err()).contains("$setElementOrder/containers").doesNotContain("warning: error calculating patch");
        JsonNode spec = k.json("get", "deploy", "two", "-o", "json").path("spec").path("template").path("spec");
        assertThat(spec.path("containers").get(0).path("image").asText()).isEqualTo("a:2");
        assertThat(spec.path("containers").get(1).path("env").get(0).path("name").asText()).isEqualTo("ADDED");
    }

    @Test
    void openApiDocumentsCarryKindsAndListExtensions() throws Exception {
        JsonNode index = Cluster.JSON.readTree(k.ok("get", "--raw", "/openapi/v3").out());
        String url = index.path("paths").path("apis/apps/v1").path("serverRelativeURL").asText();
        assertThat(url).matches("/openapi/v3/apis/apps/v1\\?hash=[0-9A-F]{128}");
        JsonNode apps = Cluster.JSON.readTree(k.ok("get", "--raw", url).out());
        JsonNode deployment = apps.path("components").path("schemas").path("io.k8s.api.apps.v1.Deployment");
        assertThat(deployment.path("x-kubernetes-group-version-kind").get(0).path("kind").asText()).isEqualTo("Deployment");
        JsonNode containers = apps.path("components").path("schemas").path("io.k8s.api.core.v1.PodSpec").path("properties").path("containers");
        assertThat(containers.path("x-kubernetes-patch-merge-key").asText()).isEqualTo("name");
        assertThat(containers.path("x-kubernetes-patch-strategy").asText()).isEqualTo("merge");
        JsonNode v2 = Cluster.JSON.readTree(k.ok("get", "--raw", "/openapi/v2").out());
        assertThat(v2.path("swagger").asText()).isEqualTo("2.0");
        assertThat(v2.path("definitions").path("io.k8s.api.core.v1.Pod").path("properties").path("spec").path("$ref").asText())
                .isEqualTo("#/definitions/io.k8s.api.core.v1.PodSpec");
    }
}
