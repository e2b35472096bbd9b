package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A node's taints are an atomic list in Kubernetes (NodeSpec.Taints has no patch strategy, +listType=atomic):
 * kubectl taint sends the whole new list as a strategic merge patch, so taking one taint off must leave only the others.
 */
class NodeTaintsTest extends ClusterTest {

    @Test
    void kubectlTaintAddsAndRemovesSingleTaints() throws Exception {
        k.file("node.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n");
        k.ok("create", "-f", "node.yaml");
        k.ok("taint", "node", "n1", "a=1:NoSchedule");
        k.ok("taint", "node", "n1", "b=2:NoExecute");
        k.ok("taint", "node", "n1", "c=3:NoSchedule");
        assertThat(taints()).isEqualTo("c:NoSchedule b:NoExecute a:NoSchedule "); // kubectl puts a new taint first
        k.ok("taint", "node", "n1", "a-");
        assertThat(taints()).isEqualTo("c:NoSchedule b:NoExecute ");
        k.ok("taint", "node", "n1", "c:NoSchedule-");
        assertThat(taints()).isEqualTo("b:NoExecute ");
    }

    @Test
    void aStrategicMergePatchReplacesTheTaintList() throws Exception {
        k.file("node2.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: n2}\nspec:\n  taints:\n"
                + "  - {key: ex, value: '1', effect: NoSchedule}\n  - {key: why, value: '2', effect: NoSchedule}\n");
        k.ok("create", "-f", "node2.yaml");
        k.ok("patch", "node", "n2", "-p", "{\"spec\":{\"taints\":[{\"key\":\"z\",\"effect\":\"NoExecute\"}]}}");
        assertThat(k.ok("get", "node", "n2", "-o", "jsonpath={range .spec.taints[*]}{.key}:{.effect} {end}").out())
                .isEqualTo("z:NoExecute ");
    }

    private String taints() throws Exception {
        return k.ok("get", "node", "n1", "-o", "jsonpath={range .spec.taints[*]}{.key}:{.effect} {end}").out();
    }
}
