package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The DefaultTolerationSeconds admission plugin: pods tolerate a failed node for 300 s unless they say otherwise. */
class DefaultTolerationSecondsTest extends ClusterTest {

    static String pod(String name, String tolerations) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + "}\nspec:\n  containers: [{name: c, image: nginx:1.25}]\n"
                + (tolerations == null ? "" : "  tolerations:\n" + tolerations);
    }

    @Test
    void aPodWithoutTolerationsGetsBothAndDescribeShowsThem() throws Exception {
        k.ok("run", "plain", "--image=nginx:1.25");
        assertThat(k.ok("describe", "pod", "plain").out()).containsPattern(
                "\\nTolerations:\\s+node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\\n\\s+"
                        + "node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\\n");
        JsonNode pod = k.json("get", "pod", "plain", "-o", "json", "--show-managed-fields");
        assertThat(pod.path("spec").path("tolerations").toString()).isEqualTo("[{\"effect\":\"NoExecute\",\"key\":\"node.kubernetes.io/not-ready\","
                + "\"operator\":\"Exists\",\"tolerationSeconds\":300},{\"effect\":\"NoExecute\",\"key\":\"node.kubernetes.io/unreachable\","
                + "\"operator\":\"Exists\",\"tolerationSeconds\":300}]");
        // admission runs after the field manager: nobody owns what it added
        assertThat(pod.path("metadata").path("managedFields").toString()).doesNotContain("f:tolerations");
        // an update that leaves them out gets them back, so it is no forbidden change of tolerations
        k.ok("label", "pod", "plain", "tier=web");
        JsonNode replaced = k.json("get", "pod", "plain", "-o", "json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) replaced.path("spec")).remove("tolerations");
        k.file("replaced.json", replaced.toString());
        k.ok("replace", "-f", "replaced.json");
        assertThat(k.ok("get", "pod", "plain", "-o", "jsonpath={.spec.tolerations[*].key}").out())
                .isEqualTo("node.kubernetes.io/not-ready node.kubernetes.io/unreachable");
    }

    @Test
    void tolerationsThatAlreadyCoverATaintKeepItFromBeingAdded() throws Exception {
        k.file("own.yaml", pod("own", "  - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 60}\n"
                + "  - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoSchedule}\n"));
        k.ok("create", "-f", "own.yaml");
        assertThat(k.ok("get", "pod", "own", "-o", "jsonpath={range .spec.tolerations[*]}{.key}:{.effect}:{.tolerationSeconds} {end}").out())
                .isEqualTo("node.kubernetes.io/not-ready:NoExecute:60 node.kubernetes.io/unreachable:NoSchedule: "
                        + "node.kubernetes.io/unreachable:NoExecute:300 ");
        k.file("all.yaml", pod("all", "  - {operator: Exists}\n"));
        k.ok("apply", "--server-side", "-f", "all.yaml");
        assertThat(k.ok("get", "pod", "all", "-o", "jsonpath={.spec.tolerations}").out()).isEqualTo("[{\"operator\":\"Exists\"}]");
        k.file("noeffect.yaml", pod("noeffect", "  - {key: node.kubernetes.io/unreachable, operator: Exists}\n"));
        k.ok("apply", "-f", "noeffect.yaml");
        assertThat(k.ok("get", "pod", "noeffect", "-o", "jsonpath={.spec.tolerations[*].key}").out())
                .isEqualTo("node.kubernetes.io/unreachable node.kubernetes.io/not-ready");
    }

    @Test
    void podTemplatesAreLeftAlone() throws Exception {
        k.ok("create", "deployment", "web", "--image=nginx:1.25");
        assertThat(k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.tolerations}").out()).isEmpty();
    }
}
