package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Evictions within PodDisruptionBudgets: without a disruption controller the budget's status is what
 * a client writes, so the tests write it as the controller would (kubectl patch --subresource=status).
 */
class EvictionBudgetTest extends ClusterTest {

    /** A running, ready pod: the only kind whose eviction asks the budget (pending and finished pods just go). */
    static void runningPod(String name, String app) throws Exception {
        k.ok("run", name, "--image=nginx:1.25", "--labels=app=" + app);
        k.ok("patch", "pod", name, "--subresource=status", "--type=merge", "-p",
                "{\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}");
    }

    static void budgetStatus(String name, int generation, int allowed, int current, int desired) throws Exception {
        k.ok("patch", "pdb", name, "--subresource=status", "--type=merge", "-p", "{\"status\":{\"observedGeneration\":" + generation
                + ",\"disruptionsAllowed\":" + allowed + ",\"currentHealthy\":" + current + ",\"desiredHealthy\":" + desired
                + ",\"expectedPods\":" + current + "}}");
    }

    static HttpResponse<String> evict(String pod, String query) throws Exception {
        return k.call("POST", "/api/v1/namespaces/default/pods/" + pod + "/eviction" + query, "application/json",
                "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"" + pod + "\",\"namespace\":\"default\"}}");
    }

    @Test
    void aBudgetRefusesUntilItsStatusAllowsADisruptionThenTakesIt() throws Exception {
        runningPod("guarded", "guarded");
        assertThat(k.ok("create", "poddisruptionbudget", "guard", "--selector=app=guarded", "--min-available=1").out())
                .isEqualTo("poddisruptionbudget.policy/guard created\n");

        // a fresh budget: no controller has observed it yet
        HttpResponse<String> fresh = evict("guarded", "");
        assertThat(fresh.statusCode()).isEqualTo(429);
        JsonNode status = Cluster.JSON.readTree(fresh.body());
        assertThat(status.path("reason").asText()).isEqualTo("TooManyRequests");
        assertThat(status.path("message").asText()).isEqualTo("Cannot evict pod as it would violate the pod's disruption budget.");
        assertThat(status.path("details").path("causes").get(0).path("reason").asText()).isEqualTo("DisruptionBudget");
        assertThat(status.path("details").path("causes").get(0).path("message").asText())
                .isEqualTo("The disruption budget guard is still being processed by the server.");
        assertThat(status.path("details").path("retryAfterSeconds").asInt()).isEqualTo(10);
        assertThat(fresh.headers().firstValue("Retry-After")).contains("10");

        budgetStatus("guard", 1, 0, 1, 1);
        HttpResponse<String> none = evict("guarded", "");
        assertThat(none.statusCode()).isEqualTo(429);
        assertThat(Cluster.JSON.readTree(none.body()).path("details").path("causes").get(0).path("message").asText())
                .isEqualTo("The disruption budget guard needs 1 healthy pods and has 1 currently");
        assertThat(k.ok("get", "pod", "guarded", "-o", "name").out()).isEqualTo("pod/guarded\n");

        budgetStatus("guard", 1, 1, 2, 1);
        assertThat(evict("guarded", "?dryRun=All").statusCode()).isEqualTo(201);
        assertThat(k.ok("get", "pdb", "guard", "-o", "jsonpath={.status.disruptionsAllowed}").out()).isEqualTo("1");
        assertThat(k.ok("get", "pod", "guarded", "-o", "name").out()).isEqualTo("pod/guarded\n");

        HttpResponse<String> evicted = evict("guarded", "");
        assertThat(evicted.statusCode()).isEqualTo(201);
        assertThat(Cluster.JSON.readTree(evicted.body()).path("status").asText()).isEqualTo("Success");
        assertThat(k.fails("get", "pod", "guarded").err()).contains("pods \"guarded\" not found");
        JsonNode budget = k.json("get", "pdb", "guard", "-o", "json").path("status");
        assertThat(budget.path("disruptionsAllowed").asInt()).isZero();
        assertThat(budget.path("disruptedPods").has("guarded")).isTrue();
        JsonNode condition = budget.path("conditions").get(0);
        assertThat(condition.path("type").asText()).isEqualTo("DisruptionAllowed");
        assertThat(condition.path("status").asText()).isEqualTo("False");
        assertThat(condition.path("reason").asText()).isEqualTo("InsufficientPods");
    }

    @Test
    void podsBudgetsDoNotCoverGoAtOnceAndTwoBudgetsAreRefused() throws Exception {
        runningPod("free", "free");
        assertThat(evict("free", "").statusCode()).isEqualTo(201); // no budget selects it
        k.ok("run", "waiting", "--image=nginx:1.25", "--labels=app=twice");
        runningPod("twice", "twice");
        k.ok("create", "pdb", "one", "--selector=app=twice", "--max-unavailable=1");
        k.ok("create", "pdb", "two", "--selector=app=twice", "--min-available=0");
        HttpResponse<String> both = evict("twice", "");
        assertThat(both.statusCode()).isEqualTo(500);
        JsonNode status = Cluster.JSON.readTree(both.body());
        assertThat(status.path("status").asText()).isEqualTo("Failure");
        assertThat(status.path("message").asText())
                .isEqualTo("This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
        assertThat(status.has("reason")).isFalse();
        // a pending pod is evicted without asking its budgets, as in Kubernetes
        assertThat(evict("waiting", "").statusCode()).isEqualTo(201);
        assertThat(k.fails("get", "pod", "waiting").err()).contains("not found");
    }

    @Test
    void kubectlDrainReportsTheBudget() throws Exception {
        k.file("node.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: drained}\n");
        k.ok("create", "-f", "node.yaml");
        k.file("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: onnode, labels: {app: onnode}}
                spec:
                  nodeName: drained
                  containers: [{name: c, image: nginx:1.25}]
                """);
        k.ok("create", "-f", "pod.yaml");
        k.ok("patch", "pod", "onnode", "--subresource=status", "--type=merge", "-p",
                "{\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}");
        k.ok("create", "pdb", "hold", "--selector=app=onnode", "--min-available=1");
        budgetStatus("hold", 1, 0, 1, 1);
        Kubectl.Result drain = k.fails("drain", "drained", "--force", "--timeout=2s");
        assertThat(drain.err()).contains("error when evicting pods/\"onnode\" -n \"default\" (will retry after 5s): "
                + "Cannot evict pod as it would violate the pod's disruption budget.");
        assertThat(k.ok("get", "pod", "onnode", "-o", "name").out()).isEqualTo("pod/onnode\n");
        assertThat(k.ok("get", "node", "drained", "-o", "jsonpath={.spec.unschedulable}").out()).isEqualTo("true");
    }
}
