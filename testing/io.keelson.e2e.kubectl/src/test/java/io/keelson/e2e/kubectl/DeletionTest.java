package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Graceful deletion: grace periods, propagation policies and their finalizers, preconditions, Terminating namespaces. */
class DeletionTest extends ClusterTest {

    @Test
    void aNamespaceIsTerminatingUntilItsContentsAreGone() throws Exception {
        k.ok("create", "namespace", "team");
        k.ok("run", "p", "-n", "team", "--image=nginx:1.25");
        k.ok("create", "configmap", "hold", "-n", "team");
        k.ok("patch", "configmap", "hold", "-n", "team", "--type=merge", "-p", "{\"metadata\":{\"finalizers\":[\"example.com/hold\"]}}");
        assertThat(k.ok("delete", "namespace", "team", "--wait=false").out()).isEqualTo("namespace \"team\" deleted\n");
        JsonNode ns = k.json("get", "namespace", "team", "-o", "json");
        assertThat(ns.path("status").path("phase").asText()).isEqualTo("Terminating");
        assertThat(ns.path("metadata").has("deletionTimestamp")).isTrue();
        assertThat(ns.path("spec").path("finalizers").get(0).asText()).isEqualTo("kubernetes");
        assertThat(k.ok("get", "ns", "team").out()).containsPattern("team\\s+Terminating");
        await().atMost(Duration.ofSeconds(10)).until(() -> k.run("get", "pod", "p", "-n", "team").err().contains("not found"));
        assertThat(k.fails("run", "q", "-n", "team", "--image=nginx").err()).isEqualTo("Error from server (Forbidden): pods \"q\" is "
                + "forbidden: unable to create new content in namespace team because it is being terminated\n");
        k.ok("patch", "configmap", "hold", "-n", "team", "--type=merge", "-p", "{\"metadata\":{\"finalizers\":null}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> k.run("get", "namespace", "team").err().contains("namespaces \"team\" not found"));
    }

    @Test
    void propagationPoliciesOrphanForegroundAndBackground() throws Exception {
        for (String policy : new String[] {"orphan", "foreground", "background"}) {
            String owner = "owner-" + policy;
            k.ok("create", "deployment", owner, "--image=nginx:1.25");
            String uid = k.ok("get", "deploy", owner, "-o", "jsonpath={.metadata.uid}").out();
            k.file("rs-" + policy + ".yaml", """
                    apiVersion: apps/v1
                    kind: ReplicaSet
                    metadata:
                      name: rs-%1$s
                      ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: owner-%1$s, uid: %2$s, controller: true, blockOwnerDeletion: true}]
                    spec:
                      selector: {matchLabels: {app: %1$s}}
                      template:
                        metadata: {labels: {app: %1$s}}
                        spec: {containers: [{name: c, image: nginx}]}
                    """.formatted(policy, uid));
            k.ok("apply", "-f", "rs-" + policy + ".yaml");
            assertThat(k.ok("delete", "deployment", owner, "--cascade=" + policy).out())
                    .isEqualTo("deployment.apps \"" + owner + "\" deleted\n");
            assertThat(k.run("get", "deploy", owner).err()).contains("not found");
            if (policy.equals("orphan")) {
                assertThat(k.json("get", "rs", "rs-orphan", "-o", "json").path("metadata").has("ownerReferences")).isFalse();
            } else {
                await().atMost(Duration.ofSeconds(10)).until(() -> k.run("get", "rs", "rs-" + policy).err().contains("not found"));
            }
        }
        k.ok("create", "deployment", "held", "--image=nginx:1.25");
        var pending = k.call("DELETE", "/apis/apps/v1/namespaces/default/deployments/held?dryRun=All", "application/json",
                "{\"propagationPolicy\":\"Orphan\"}");
        assertThat(Cluster.JSON.readTree(pending.body()).path("metadata").path("finalizers").get(0).asText()).isEqualTo("orphan");
        var bogus = k.call("DELETE", "/apis/apps/v1/namespaces/default/deployments/held", "application/json",
                "{\"propagationPolicy\":\"Sideways\"}");
        assertThat(bogus.statusCode()).isEqualTo(422);
        assertThat(Cluster.JSON.readTree(bogus.body()).path("message").asText()).isEqualTo("DeleteOptions.meta.k8s.io \"\" is invalid: "
                + "propagationPolicy: Unsupported value: \"Sideways\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
    }

    @Test
    void aPodOnANodeTerminatesGracefullyUnlessForced() throws Exception {
        k.file("node.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: worker-1}\n");
        k.ok("apply", "-f", "node.yaml");
        k.ok("run", "graceful", "--image=nginx:1.25");
        var bound = k.call("POST", "/api/v1/namespaces/default/pods/graceful/binding", "application/json",
                "{\"apiVersion\":\"v1\",\"kind\":\"Binding\",\"metadata\":{\"name\":\"graceful\"},\"target\":{\"kind\":\"Node\",\"name\":\"worker-1\"}}");
        assertThat(bound.statusCode()).isEqualTo(201);
        k.ok("delete", "pod", "graceful", "--wait=false");
        JsonNode pod = k.json("get", "pod", "graceful", "-o", "json");
        assertThat(pod.path("metadata").path("deletionGracePeriodSeconds").asInt()).isEqualTo(30);
        assertThat(k.ok("get", "pod", "graceful").out()).containsPattern("graceful\\s+0/1\\s+Terminating");
        assertThat(k.ok("delete", "pod", "graceful", "--grace-period=0", "--force").out()).isEqualTo("pod \"graceful\" force deleted\n");
        assertThat(k.run("get", "pod", "graceful").err()).contains("not found");
        k.ok("run", "unscheduled", "--image=nginx:1.25");
        assertThat(k.ok("delete", "pod", "unscheduled").out()).isEqualTo("pod \"unscheduled\" deleted\n");
    }

    @Test
    void preconditionsAreChecked() throws Exception {
        k.ok("create", "configmap", "pre");
        JsonNode cm = k.json("get", "cm", "pre", "-o", "json");
        var wrongUid = k.call("DELETE", "/api/v1/namespaces/default/configmaps/pre", "application/json",
                "{\"preconditions\":{\"uid\":\"not-it\"}}");
        assertThat(wrongUid.statusCode()).isEqualTo(409);
        assertThat(Cluster.JSON.readTree(wrongUid.body()).path("message").asText()).isEqualTo("Operation cannot be fulfilled on configmaps "
                + "\"pre\": Precondition failed: UID in precondition: not-it, UID in object meta: " + cm.path("metadata").path("uid").asText());
        var staleRv = k.call("DELETE", "/api/v1/namespaces/default/configmaps/pre", "application/json",
                "{\"preconditions\":{\"resourceVersion\":\"1\"}}");
        assertThat(staleRv.statusCode()).isEqualTo(409);
        var right = k.call("DELETE", "/api/v1/namespaces/default/configmaps/pre", "application/json",
                "{\"preconditions\":{\"uid\":\"" + cm.path("metadata").path("uid").asText() + "\",\"resourceVersion\":\""
                        + cm.path("metadata").path("resourceVersion").asText() + "\"}}");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(Cluster.JSON.readTree(right.body()).path("status").asText()).isEqualTo("Success");
    }

    @Test
    void theFinalizeSubresourceClearsANamespacesFinalizers() throws Exception {
        k.ok("create", "namespace", "fin");
        k.ok("create", "configmap", "hold", "-n", "fin");
        k.ok("patch", "configmap", "hold", "-n", "fin", "--type=merge", "-p", "{\"metadata\":{\"finalizers\":[\"example.com/hold\"]}}");
        k.ok("delete", "namespace", "fin", "--wait=false");
        var finalized = k.call("PUT", "/api/v1/namespaces/fin/finalize", "application/json",
                "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"fin\"},\"spec\":{\"finalizers\":[]}}");
        assertThat(finalized.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> k.run("get", "namespace", "fin").err().contains("not found"));
    }
}
