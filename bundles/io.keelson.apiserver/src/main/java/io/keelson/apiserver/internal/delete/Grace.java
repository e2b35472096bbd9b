package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;

/**
 * The grace period of a deletion. Only pods have one (the pod strategy's CheckGracefulDelete): the
 * request's, else spec.terminationGracePeriodSeconds (30); none for a pod no node runs or one that
 * has finished. A pod bound to a node that does not exist goes at once too: Kubernetes' pod garbage
 * collector force-deletes such pods, and until the controller manager exists the API server does.
 */
final class Grace {

    private static final long DEFAULT_POD_GRACE = 30;

    private Grace() {
    }

    static long of(Context context, ResourceType type, ObjectNode object, Long requested) {
        if (!type.group().isEmpty() || !type.plural().equals("pods")) {
            return 0;
        }
        String node = Json.text(object, "spec.nodeName", "");
        String phase = Json.text(object, "status.phase", "");
        if (node.isEmpty() || phase.equals("Succeeded") || phase.equals("Failed")) {
            return 0;
        }
        ResourceType nodes = context.registry().find("", "v1", "nodes").orElseThrow();
        if (context.storage().get(nodes, null, node).isEmpty()) {
            return 0;
        }
        if (requested != null) {
            return requested < 0 ? 1 : requested;
        }
        return object.path("spec").path("terminationGracePeriodSeconds").asLong(DEFAULT_POD_GRACE);
    }
}
