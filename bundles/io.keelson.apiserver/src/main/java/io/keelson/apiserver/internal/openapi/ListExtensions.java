package io.keelson.apiserver.internal.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.patch.MergeKeys;
import java.util.List;
import java.util.Set;

/**
 * The list extensions of Kubernetes' schemas, from the same merge-key table the server's strategic
 * merge patch uses: {@code x-kubernetes-patch-strategy}/{@code x-kubernetes-patch-merge-key} (what
 * kubectl's client-side strategic merge reads) and {@code x-kubernetes-list-type}/{@code -list-map-keys}.
 */
final class ListExtensions {

    /** Owners whose field names MergeKeys resolves by context ("ports" of a container, "addresses" of a node's status). */
    private static final Set<String> CONTAINER_OWNERS = Set.of("Container", "EphemeralContainer");

    private ListExtensions() {
    }

    static void add(String owner, String field, ObjectNode property) {
        if (owner.equals("DeploymentSpec") && field.equals("strategy")) {
            property.put("x-kubernetes-patch-strategy", "retainKeys");
            return;
        }
        if (!"array".equals(property.path("type").asText())) {
            return;
        }
        String context = CONTAINER_OWNERS.contains(owner) ? "containers" : owner.equals("NodeStatus") ? "status" : owner;
        List<String> path = List.of(context, field);
        String key = MergeKeys.of(path);
        List<String> mapKeys = MergeKeys.listMapKeys(path);
        if (key != null && key.equals(MergeKeys.PRIMITIVE_MERGE)) {
            property.put("x-kubernetes-list-type", "set").put("x-kubernetes-patch-strategy", "merge");
            return;
        }
        if (mapKeys == null) {
            property.put("x-kubernetes-list-type", "atomic");
        } else {
            // server-side apply keys (several fields for ports) beside the strategic merge key kubectl's client side reads
            mapKeys.forEach(property.putArray("x-kubernetes-list-map-keys")::add);
            property.put("x-kubernetes-list-type", "map");
        }
        if (key != null) {
            property.put("x-kubernetes-patch-merge-key", key)
                    .put("x-kubernetes-patch-strategy", owner.equals("PodSpec") && field.equals("volumes") ? "merge,retainKeys" : "merge");
        }
    }
}
