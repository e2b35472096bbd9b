package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.util.ArrayList;
import java.util.List;

/**
 * A pod's binding (POST pods/x/binding, or the legacy bindings collection) and eviction (POST
 * pods/x/eviction), both answering 201 with a Success Status as Kubernetes does.
 */
final class PodSubresources {

    private final Context context;
    private final Evictions evictions;

    PodSubresources(Context context, DeleteHandler deletes) {
        this.context = context;
        this.evictions = new Evictions(context, deletes);
    }

    /** Sets spec.nodeName once, with the PodScheduled condition; a bound pod is a 409 on pods/binding. */
    void bind(Exchange ex, String namespace, String name) {
        JsonNode binding = body(ex, "v1", "Binding");
        String bodyName = binding.path("metadata").path("name").asText("");
        if (name == null) {
            name = bodyName;
        } else if (!name.equals(bodyName)) {
            throw Errors.badRequest("name in URL does not match name in Binding object");
        }
        List<Cause> causes = new ArrayList<>();
        String kind = binding.path("target").path("kind").asText("");
        if (!kind.isEmpty() && !kind.equals("Node")) {
            causes.add(new Cause("FieldValueNotSupported", "target.kind", "Unsupported value: \"" + kind
                    + "\": supported values: \"Node\", \"<empty>\""));
        }
        String node = binding.path("target").path("name").asText("");
        if (node.isEmpty()) {
            causes.add(new Cause("FieldValueRequired", "target.name", "Required value"));
        }
        if (!causes.isEmpty()) {
            throw Errors.invalid("Binding", "", name, causes);
        }
        ResourceType pods = pods();
        boolean dryRun = DryRun.requested(ex, "CreateOptions");
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(pods, namespace, name);
            ObjectNode pod = current.object().deepCopy();
            String uid = binding.path("metadata").path("uid").asText("");
            String why = !uid.isEmpty() && !uid.equals(Json.text(pod, "metadata.uid"))
                    ? "Precondition failed: UID in precondition: " + uid + ", UID in object meta: " + Json.text(pod, "metadata.uid")
                    : Json.metadata(pod).has("deletionTimestamp") ? "pod " + name + " is being deleted, cannot be assigned to a host"
                    : !Json.text(pod, "spec.nodeName", "").isEmpty() ? "pod " + name + " is already assigned to node \""
                            + Json.text(pod, "spec.nodeName") + "\""
                    : pod.path("spec").path("schedulingGates").size() > 0 ? "pod " + name + " has non-empty .spec.schedulingGates" : null;
            if (why != null) {
                throw Errors.conflict("pods/binding", name, why);
            }
            Json.child(pod, "spec").put("nodeName", node);
            binding.path("metadata").path("annotations").fields()
                    .forEachRemaining(e -> Json.child(Json.metadata(pod), "annotations").set(e.getKey(), e.getValue()));
            scheduled(pod);
            try {
                if (!dryRun) {
                    context.storage().update(pods, namespace, name, pod, current.modRevision());
                }
                ex.json(201, success(201));
                return;
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || attempt >= PatchHandler.ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Evicts the pod, within its PodDisruptionBudget (see {@link Evictions}). */
    void evict(Exchange ex, String namespace, String name) {
        evictions.evict(ex, namespace, name);
    }

    private static void scheduled(ObjectNode pod) {
        ArrayNode conditions = Json.child(pod, "status").withArray("conditions");
        for (JsonNode c : conditions) {
            if ("PodScheduled".equals(c.path("type").asText())) {
                ((ObjectNode) c).put("status", "True");
                return;
            }
        }
        conditions.addObject().put("type", "PodScheduled").put("status", "True").putNull("lastProbeTime")
                .put("lastTransitionTime", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }

    static JsonNode body(Exchange ex, String apiVersion, String kind) {
        JsonNode body = ObjectCodec.parse(ex.body());
        if (!body.isObject()) {
            throw Errors.badRequest("the request body must be a JSON object");
        }
        String v = body.path("apiVersion").asText(apiVersion);
        boolean versionOk = kind.equals("Eviction") ? v.equals("policy/v1") || v.equals("policy/v1beta1") : v.equals(apiVersion);
        if (!kind.equals(body.path("kind").asText(kind)) || !versionOk) {
            throw Errors.badRequest("not a " + kind + " object: " + body.path("apiVersion").asText() + ", Kind=" + body.path("kind").asText());
        }
        return body;
    }

    static ObjectNode success(int code) {
        ObjectNode s = Json.object().put("kind", "Status").put("apiVersion", "v1");
        s.putObject("metadata");
        return s.put("status", "Success").put("code", code);
    }

    private ResourceType pods() {
        return context.registry().find("", "v1", "pods").orElseThrow();
    }
}
