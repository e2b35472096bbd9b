package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** describe, edit, diff, patch, wait, auth can-i, explain, custom columns, rejected creates and the seed's generation query. */
class KubectlCoverageTest extends ClusterTest {

    static final String DEPLOY = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: %s
            spec:
              replicas: %d
              selector:
                matchLabels: {app: %s}
              template:
                metadata:
                  labels: {app: %s}
                spec:
                  containers:
                  - name: main
                    image: example/app:1
            """;

    static String deploy(String name, int replicas) {
        return DEPLOY.formatted(name, replicas, name, name);
    }

    @Test
    void describeShowsPodsDeploymentsAndNamespacesWithTheirEvents() throws Exception {
        k.ok("run", "web", "--image=nginx:1.25", "--labels=app=web");
        String uid = k.ok("get", "pod", "web", "-o", "jsonpath={.metadata.uid}").out();
        k.file("event.yaml", """
                apiVersion: v1
                kind: Event
                metadata: {name: web.scheduled}
                involvedObject: {apiVersion: v1, kind: Pod, name: web, namespace: default, uid: %s}
                reason: Scheduled
                message: Successfully assigned default/web to node-1
                type: Normal
                source: {component: default-scheduler}
                firstTimestamp: "2026-01-01T00:00:00Z"
                lastTimestamp: "2026-01-01T00:00:00Z"
                count: 1
                """.formatted(uid));
        k.ok("create", "-f", "event.yaml");
        k.file("other-event.yaml", """
                apiVersion: v1
                kind: Event
                metadata: {name: elsewhere}
                involvedObject: {apiVersion: v1, kind: Pod, name: other, namespace: default, uid: "0000"}
                reason: Pulled
                message: not about web
                type: Normal
                """);
        k.ok("create", "-f", "other-event.yaml");
        String pod = k.ok("describe", "pod", "web").out();
        assertThat(pod).containsPattern("Name:\\s+web").containsPattern("Status:\\s+Pending").containsPattern("Image:\\s+nginx:1.25")
                .contains("Events:").containsPattern("Normal\\s+Scheduled\\s+\\S+\\s+default-scheduler\\s+Successfully assigned default/web to node-1")
                .doesNotContain("not about web");
        assertThat(k.ok("get", "events", "--field-selector", "involvedObject.name=web,involvedObject.kind=Pod", "-o", "name").out())
                .isEqualTo("event/web.scheduled\n");
        k.ok("create", "deployment", "described", "--image=nginx:1.25", "--replicas=2");
        assertThat(k.ok("describe", "deployment", "described").out()).containsPattern("Replicas:\\s+2 desired")
                .containsPattern("StrategyType:\\s+RollingUpdate").containsPattern("RollingUpdateStrategy:\\s+25% max unavailable, 25% max surge");
        k.ok("create", "namespace", "described");
        assertThat(k.ok("describe", "namespace", "described").out()).containsPattern("Name:\\s+described")
                .containsPattern("Labels:\\s+kubernetes.io/metadata.name=described").containsPattern("Status:\\s+Active");
    }

    @Test
    void editWithAScriptedEditor() throws Exception {
        k.file("edited.yaml", deploy("edited", 1));
        k.ok("apply", "-f", "edited.yaml");
        Kubectl.Result edited = k.kubectl.run(Map.of("KUBE_EDITOR", "sed -i -e s/replicas:\\ 1/replicas:\\ 4/"), "edit", "deploy", "edited");
        assertThat(edited.exit()).as(edited.toString()).isZero();
        assertThat(edited.out()).isEqualTo("deployment.apps/edited edited\n");
        assertThat(k.ok("get", "deploy", "edited", "-o", "jsonpath={.spec.replicas}").out()).isEqualTo("4");
        assertThat(k.json("get", "deploy", "edited", "-o", "json", "--show-managed-fields").path("metadata").path("managedFields")
                .findValuesAsText("manager")).contains("kubectl-edit");
        Kubectl.Result unchanged = k.kubectl.run(Map.of("KUBE_EDITOR", "true"), "edit", "deploy", "edited");
        assertThat(unchanged.err()).isEqualTo("Edit cancelled, no changes made.\n");
    }

    @Test
    void diffExitsOneWithADifferenceAndZeroWithout() throws Exception {
        k.file("diffed.yaml", deploy("diffed", 2));
        k.ok("apply", "-f", "diffed.yaml");
        Kubectl.Result same = k.run("diff", "-f", "diffed.yaml");
        assertThat(same.exit()).as(same.toString()).isZero();
        assertThat(same.out()).isEmpty();
        k.file("diffed.yaml", deploy("diffed", 5));
        Kubectl.Result changed = k.run("diff", "-f", "diffed.yaml");
        assertThat(changed.exit()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.out()).contains("-  replicas: 2", "+  replicas: 5");
        assertThat(k.ok("get", "deploy", "diffed", "-o", "jsonpath={.spec.replicas}").out()).isEqualTo("2");
    }

    @Test
    void patchAsJsonMergeAndStrategic() throws Exception {
        k.file("patched.yaml", deploy("patched", 1).replace("        image: example/app:1\n",
                "        image: example/app:1\n        env: [{name: KEEP, value: \"1\"}]\n"));
        k.ok("apply", "-f", "patched.yaml");
        assertThat(k.ok("patch", "deploy", "patched", "--type=json", "-p", "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":3}]")
                .out()).isEqualTo("deployment.apps/patched patched\n");
        k.ok("patch", "deploy", "patched", "--type=merge", "-p", "{\"metadata\":{\"labels\":{\"tier\":\"backend\"}}}");
        k.ok("patch", "deploy", "patched", "--type=strategic", "-p",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"example/app:2\"}]}}}}");
        assertThat(k.ok("patch", "deploy", "patched", "-p", "{\"spec\":{\"replicas\":3}}").out())
                .isEqualTo("deployment.apps/patched patched (no change)\n");
        assertThat(k.ok("get", "deploy", "patched", "-o",
                "jsonpath={.spec.replicas} {.metadata.labels.tier} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env[0].name}")
                .out()).isEqualTo("3 backend example/app:2 KEEP");
        assertThat(k.fails("patch", "deploy", "patched", "--type=json", "-p", "[{\"op\":\"remove\",\"path\":\"/nope\"}]").err())
                .startsWith("The request is invalid");
    }

    @Test
    void waitForAConditionSetThroughTheStatusSubresource() throws Exception {
        k.file("waited.yaml", deploy("waited", 1));
        k.ok("apply", "-f", "waited.yaml");
        Process wait = k.kubectl.start("wait", "--for=condition=Available", "deploy/waited", "--timeout=60s");
        k.ok("patch", "deploy", "waited", "--subresource=status", "--type=merge", "-p", "{\"status\":{\"conditions\":[{\"type\":\"Available\","
                + "\"status\":\"True\",\"reason\":\"MinimumReplicasAvailable\",\"message\":\"ready\",\"lastUpdateTime\":\"2026-01-01T00:00:00Z\","
                + "\"lastTransitionTime\":\"2026-01-01T00:00:00Z\"}]}}");
        assertThat(wait.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wait.exitValue()).isZero();
        assertThat(k.kubectl.outputOf(wait)).isEqualTo("deployment.apps/waited condition met\n");
        assertThat(k.ok("get", "deploy", "waited", "-o", "jsonpath={.metadata.generation}").out()).isEqualTo("1");
    }

    @Test
    void authCanIExplainAndCustomColumns() throws Exception {
        assertThat(k.ok("auth", "can-i", "create", "pods").out()).isEqualTo("yes\n");
        assertThat(k.ok("explain", "pods.spec.containers.image").out()).contains("FIELD: image <string>");
        k.file("columns.yaml", deploy("columns", 2));
        k.ok("apply", "-f", "columns.yaml");
        assertThat(k.ok("get", "deploy", "columns", "-o", "custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas,IMAGE:.spec.template.spec.containers[0].image")
                .out()).matches("NAME\\s+REPLICAS\\s+IMAGE\\ncolumns\\s+2\\s+example/app:1\\n");
    }

    @Test
    void createRejectsUnknownFieldsAndBrokenYamlAndStoresNothing() throws Exception {
        k.file("unknown.yaml", deploy("unknown", 1).replace("        image: example/app:1\n", "        image: example/app:1\n        bogus: 1\n"));
        assertThat(k.fails("create", "-f", "unknown.yaml").err()).isEqualTo("Error from server (BadRequest): error when creating "
                + "\"unknown.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: "
                + "unknown field \"spec.template.spec.containers[0].bogus\"\n");
        assertThat(k.run("get", "deploy", "unknown").err()).contains("deployments.apps \"unknown\" not found");
        Kubectl.Result warned = k.ok("create", "-f", "unknown.yaml", "--validate=warn");
        assertThat(warned.err()).isEqualTo("Warning: unknown field \"spec.template.spec.containers[0].bogus\"\n");
        assertThat(warned.out()).isEqualTo("deployment.apps/unknown created\n");
        k.file("invalid.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: invalid}\nspec:\n  template:\n    spec:\n"
                + "      containers: [{name: c}]\n");
        assertThat(k.fails("create", "-f", "invalid.yaml").err()).isEqualTo("The Deployment \"invalid\" is invalid: \n"
                + "* spec.selector: Required value\n"
                + "* spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`\n"
                + "* spec.template.spec.containers[0].image: Required value\n");
        assertThat(k.run("get", "deploy", "invalid").err()).contains("not found");
        k.file("broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n data: [\n");
        assertThat(k.fails("create", "-f", "broken.yaml").err())
                .isEqualTo("error: error parsing broken.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n");
        assertThat(k.run("get", "configmap", "broken").err()).contains("configmaps \"broken\" not found");
    }

    @Test
    void theSeedsGenerationQuery() throws Exception {
        k.file("seed.yaml", deploy("seed", 1));
        k.ok("apply", "-f", "seed.yaml");
        assertThat(k.ok("get", "deployment", "seed", "-o", "jsonpath={.metadata.generation}").out()).isEqualTo("1");
        k.ok("label", "deployment", "seed", "touched=yes");
        assertThat(k.ok("get", "deployment", "seed", "-o", "jsonpath={.metadata.generation}").out()).isEqualTo("1");
        k.file("seed.yaml", deploy("seed", 3));
        k.ok("apply", "-f", "seed.yaml");
        assertThat(k.ok("get", "deployment", "seed", "-o", "jsonpath={.metadata.generation}").out()).isEqualTo("2");
    }
}
