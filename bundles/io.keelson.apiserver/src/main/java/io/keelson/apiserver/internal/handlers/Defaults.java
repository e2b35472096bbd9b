package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;

/** Defaults Kubernetes' create strategies set (the start: status phases and finalizers). */
final class Defaults {

    private Defaults() {
    }

    static void onCreate(ResourceType type, ObjectNode object) {
        if (!type.group().isEmpty()) {
            return;
        }
        switch (type.plural()) {
            case "namespaces" -> {
                ObjectNode spec = Json.child(object, "spec");
                if (!spec.has("finalizers")) {
                    spec.putArray("finalizers").add("kubernetes");
                }
                object.putObject("status").put("phase", "Active");
            }
            case "pods" -> {
                ObjectNode status = object.putObject("status");
                status.put("phase", "Pending");
                status.put("qosClass", "BestEffort");
            }
            case "services" -> {
                ObjectNode spec = Json.child(object, "spec");
                if (!spec.has("type")) {
                    spec.put("type", "ClusterIP");
                }
                if (!spec.has("sessionAffinity")) {
                    spec.put("sessionAffinity", "None");
                }
                object.putObject("status").putObject("loadBalancer");
            }
            default -> {
            }
        }
    }
}
