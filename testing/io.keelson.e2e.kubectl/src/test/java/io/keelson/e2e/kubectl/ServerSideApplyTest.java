package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kubectl apply --server-side: field managers, managedFields on every write, no-op re-apply, conflicts as kubectl prints them. */
class ServerSideApplyTest extends ClusterTest {

    static final String DEPLOY = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: %s
              labels: {app: %s}
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
                    env:
                    - {name: A, value: "1"}
            """;

    static String deploy(String name, int replicas) {
        return DEPLOY.formatted(name, name, replicas, name, name);
    }

    static List<String> managers(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.path("metadata").path("managedFields").forEach(e -> out.add(e.path("manager").asText() + "/" + e.path("operation").asText()));
        return out;
    }

    @Test
    void applyTwiceIsServerSideAppliedWithoutAWrite() throws Exception {
        k.file("ssa.yaml", deploy("ssa", 2));
        assertThat(k.ok("apply", "--server-side", "-f", "ssa.yaml").out()).isEqualTo("deployment.apps/ssa serverside-applied\n");
        JsonNode first = k.json("get", "deploy", "ssa", "-o", "json", "--show-managed-fields");
        assertThat(managers(first)).containsExactly("kubectl/Apply");
        JsonNode fields = first.path("metadata").path("managedFields").get(0).path("fieldsV1");
        assertThat(fields.path("f:spec").has("f:replicas")).isTrue();
        assertThat(fields.path("f:spec").path("f:template").path("f:spec").path("f:containers").has("k:{\"name\":\"main\"}")).isTrue();
        assertThat(k.ok("apply", "--server-side", "-f", "ssa.yaml").out()).isEqualTo("deployment.apps/ssa serverside-applied\n");
        JsonNode second = k.json("get", "deploy", "ssa", "-o", "json");
        assertThat(second.path("metadata").path("resourceVersion")).isEqualTo(first.path("metadata").path("resourceVersion"));
        assertThat(second.path("metadata").path("generation").asInt()).isEqualTo(1);
    }

    @Test
    void aConflictWithAnotherManagerIsReportedAsKubectlPrintsIt() throws Exception {
        k.file("conflict.yaml", deploy("conflict", 2));
        k.ok("apply", "--server-side", "-f", "conflict.yaml");
        assertThat(k.ok("patch", "deploy", "conflict", "--type=merge", "-p", "{\"spec\":{\"replicas\":5}}").out())
                .isEqualTo("deployment.apps/conflict patched\n");
        assertThat(managers(k.json("get", "deploy", "conflict", "-o", "json", "--show-managed-fields")))
                .containsExactly("kubectl/Apply", "kubectl-patch/Update");
        Kubectl.Result conflict = k.fails("apply", "--server-side", "-f", "conflict.yaml");
        assertThat(conflict.err()).startsWith("error: Apply failed with 1 conflict: conflict with \"kubectl-patch\" using apps/v1: .spec.replicas\n"
                + "Please review the fields above--they currently have other managers.");
        assertThat(k.ok("get", "deploy", "conflict", "-o", "jsonpath={.spec.replicas}").out()).isEqualTo("5");
        k.ok("apply", "--server-side", "--force-conflicts", "-f", "conflict.yaml");
        JsonNode forced = k.json("get", "deploy", "conflict", "-o", "json", "--show-managed-fields");
        assertThat(forced.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(managers(forced)).containsExactly("kubectl/Apply");
    }

    @Test
    void updatesRecordTheirManagersAndApplyRemovesWhatItNoLongerSets() throws Exception {
        k.file("csa.yaml", deploy("csa", 1));
        k.ok("apply", "-f", "csa.yaml");
        k.ok("label", "deploy", "csa", "team=a");
        assertThat(managers(k.json("get", "deploy", "csa", "-o", "json", "--show-managed-fields")))
                .containsExactly("kubectl-client-side-apply/Update", "kubectl-label/Update");
        // kubectl migrates client-side ownership to its server-side manager, then applies
        k.ok("apply", "--server-side", "-f", "csa.yaml");
        k.file("csa.yaml", deploy("csa", 1).replace("    - {name: A, value: \"1\"}\n", ""));
        k.ok("apply", "--server-side", "-f", "csa.yaml");
        JsonNode after = k.json("get", "deploy", "csa", "-o", "json");
        assertThat(after.path("spec").path("template").path("spec").path("containers").get(0).has("env")).isFalse();
        assertThat(after.path("metadata").path("labels").path("team").asText()).isEqualTo("a");
    }

    @Test
    void applyOverHttpNeedsAFieldManagerAndAcceptsYaml() throws Exception {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: raw\ndata:\n  a: \"1\"\n";
        var missing = k.call("PATCH", "/api/v1/namespaces/default/configmaps/raw", "application/apply-patch+yaml", yaml);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Cluster.JSON.readTree(missing.body()).path("message").asText())
                .isEqualTo("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
        var created = k.call("PATCH", "/api/v1/namespaces/default/configmaps/raw?fieldManager=tool", "application/apply-patch+yaml", yaml);
        assertThat(created.statusCode()).isEqualTo(201);
        var again = k.call("PATCH", "/api/v1/namespaces/default/configmaps/raw?fieldManager=tool", "application/apply-patch+yaml", yaml);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(k.ok("get", "cm", "raw", "-o", "jsonpath={.data.a}").out()).isEqualTo("1");
    }
}
