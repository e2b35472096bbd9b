package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;

/**
 * Kubernetes' DefaultTolerationSeconds admission plugin (on by default): a pod written through the pods
 * resource itself (create or update, no subresource) that does not already tolerate the not-ready and
 * unreachable NoExecute taints gets a 300 s toleration for each, so the node lifecycle controller evicts
 * it five minutes after its node fails rather than at once. Like mutating admission, it runs after the
 * field manager recorded the writer's fields, so nobody owns these tolerations.
 */
final class DefaultTolerationSeconds {

    private static final String NOT_READY = "node.kubernetes.io/not-ready";
    private static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    private static final long SECONDS = 300;

    private DefaultTolerationSeconds() {
    }

    static void admit(ResourceType type, String subresource, ObjectNode pod) {
        if (!type.group().isEmpty() || !type.plural().equals("pods") || subresource != null) {
            return;
        }
        JsonNode existing = pod.path("spec").path("tolerations");
        boolean notReady = false;
        boolean unreachable = false;
        for (JsonNode t : existing) {
            String key = t.path("key").asText("");
            String effect = t.path("effect").asText("");
            // an empty key or effect matches every key or effect, whatever the operator
            if (effect.isEmpty() || effect.equals("NoExecute")) {
                notReady |= key.isEmpty() || key.equals(NOT_READY);
                unreachable |= key.isEmpty() || key.equals(UNREACHABLE);
            }
        }
        if (notReady && unreachable) {
            return;
        }
        ObjectNode spec = Json.child(pod, "spec");
        ArrayNode tolerations = spec.get("tolerations") instanceof ArrayNode a ? a : spec.putArray("tolerations");
        if (!notReady) {
            add(tolerations, NOT_READY);
        }
        if (!unreachable) {
            add(tolerations, UNREACHABLE);
        }
    }

    private static void add(ArrayNode tolerations, String key) {
        // in the model's field order, as every stored toleration is
        tolerations.addObject().put("effect", "NoExecute").put("key", key).put("operator", "Exists").put("tolerationSeconds", SECONDS);
    }
}
