package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** scale, binding, eviction, log, exec and port-forward as kubectl and the scheduler's calls see them. */
class SubresourcesTest extends ClusterTest {

    static String binding(String pod, String node) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Binding\",\"metadata\":{\"name\":\"" + pod + "\"},\"target\":{\"kind\":\"Node\",\"name\":\""
                + node + "\"}}";
    }

    @Test
    void kubectlScaleSetsSpecReplicasThroughTheScaleSubresource() throws Exception {
        k.ok("create", "deployment", "web", "--image=nginx:1.25", "--replicas=1");
        assertThat(k.ok("scale", "deploy/web", "--replicas=3").out()).isEqualTo("deployment.apps/web scaled\n");
        assertThat(k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.replicas} {.metadata.generation}").out()).isEqualTo("3 2");
        JsonNode scale = Cluster.JSON.readTree(k.ok("get", "--raw", "/apis/apps/v1/namespaces/default/deployments/web/scale").out());
        assertThat(scale.path("kind").asText()).isEqualTo("Scale");
        assertThat(scale.path("apiVersion").asText()).isEqualTo("autoscaling/v1");
        assertThat(scale.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(scale.path("status").path("selector").asText()).isEqualTo("app=web");
        JsonNode managed = k.json("get", "deploy", "web", "-o", "json", "--show-managed-fields").path("metadata").path("managedFields");
        assertThat(managed.findValues("subresource").stream().map(JsonNode::asText)).contains("scale");
        assertThat(k.fails("scale", "deploy/web", "--current-replicas=2", "--replicas=4").err()).contains("Expected replicas to be 2, was 3");
        var negative = k.call("PATCH", "/apis/apps/v1/namespaces/default/deployments/web/scale", "application/merge-patch+json",
                "{\"spec\":{\"replicas\":-1}}");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(Cluster.JSON.readTree(negative.body()).path("message").asText())
                .isEqualTo("Scale.autoscaling \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
        assertThat(k.fails("scale", "deploy/missing", "--replicas=1").err()).contains("deployments.apps \"missing\" not found");
    }

    @Test
    void statefulSetsAndReplicaSetsScaleToo() throws Exception {
        k.file("sts.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: db, image: postgres:16}]}
                """);
        k.ok("apply", "-f", "sts.yaml");
        assertThat(k.ok("scale", "statefulset/db", "--replicas=2").out()).isEqualTo("statefulset.apps/db scaled\n");
        assertThat(k.ok("get", "sts", "db", "-o", "jsonpath={.spec.replicas}").out()).isEqualTo("2");
    }

    @Test
    void bindingAssignsANodeOnceAndLogsAndExecAnswerAsKubernetesDoes() throws Exception {
        k.ok("run", "solo", "--image=nginx:1.25");
        Kubectl.Result logs = k.ok("logs", "solo");
        assertThat(logs.out()).isEmpty();
        assertThat(k.fails("exec", "solo", "--", "ls").err()).isEqualTo("Error from server (BadRequest): pod solo does not have a host assigned\n");
        var bound = k.call("POST", "/api/v1/namespaces/default/pods/solo/binding", "application/json", binding("solo", "node-1"));
        assertThat(bound.statusCode()).isEqualTo(201);
        assertThat(Cluster.JSON.readTree(bound.body()).path("status").asText()).isEqualTo("Success");
        JsonNode pod = k.json("get", "pod", "solo", "-o", "json");
        assertThat(pod.path("spec").path("nodeName").asText()).isEqualTo("node-1");
        assertThat(pod.path("status").path("conditions").findValuesAsText("type")).contains("PodScheduled");
        var again = k.call("POST", "/api/v1/namespaces/default/pods/solo/binding", "application/json", binding("solo", "node-2"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Cluster.JSON.readTree(again.body()).path("message").asText())
                .isEqualTo("Operation cannot be fulfilled on pods/binding \"solo\": pod solo is already assigned to node \"node-1\"");
        assertThat(k.fails("logs", "solo").err())
                .isEqualTo("Error from server (BadRequest): container \"solo\" in pod \"solo\" is waiting to start: ContainerCreating\n");
        assertThat(k.fails("logs", "nope").err()).isEqualTo("error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n");
        var unnamed = k.call("POST", "/api/v1/namespaces/default/pods/solo/binding", "application/json",
                "{\"apiVersion\":\"v1\",\"kind\":\"Binding\",\"metadata\":{\"name\":\"solo\"},\"target\":{}}");
        assertThat(unnamed.statusCode()).isEqualTo(422);
    }

    @Test
    void evictionDeletesThePod() throws Exception {
        k.ok("run", "victim", "--image=nginx:1.25");
        var mismatch = k.call("POST", "/api/v1/namespaces/default/pods/victim/eviction", "application/json",
                "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"other\"}}");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(Cluster.JSON.readTree(mismatch.body()).path("message").asText()).isEqualTo("name in URL does not match name in Eviction object");
        var evicted = k.call("POST", "/api/v1/namespaces/default/pods/victim/eviction", "application/json",
                "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"victim\",\"namespace\":\"default\"}}");
        assertThat(evicted.statusCode()).isEqualTo(201);
        assertThat(k.fails("get", "pod", "victim").err()).contains("pods \"victim\" not found");
    }

    @Test
    void discoveryListsTheSubresources() throws Exception {
        JsonNode core = Cluster.JSON.readTree(k.ok("get", "--raw", "/api/v1").out());
        assertThat(core.path("resources").findValuesAsText("name")).contains("pods/binding", "pods/eviction", "pods/log", "pods/exec",
                "pods/attach", "pods/portforward", "pods/status", "bindings", "replicationcontrollers/scale", "namespaces/finalize");
        JsonNode apps = Cluster.JSON.readTree(k.ok("get", "--raw", "/apis/apps/v1").out());
        for (JsonNode r : apps.path("resources")) {
            if (r.path("name").asText().equals("deployments/scale")) {
                assertThat(r.path("group").asText() + "/" + r.path("version").asText() + " " + r.path("kind").asText())
                        .isEqualTo("autoscaling/v1 Scale");
            }
        }
        assertThat(apps.path("resources").findValuesAsText("name")).contains("deployments/scale", "replicasets/scale", "statefulsets/scale");
    }
}
