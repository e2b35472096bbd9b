package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.Yaml;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.patch.JsonPatch;
import io.keelson.apiserver.internal.patch.MergePatch;
import io.keelson.apiserver.internal.patch.PatchException;
import io.keelson.apiserver.internal.patch.StrategicMergePatch;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.Selectors;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.util.List;

/**
 * The scale subresource of deployments, replica sets, stateful sets and replication controllers:
 * an autoscaling/v1 Scale read from and written to the parent's spec.replicas (GET, PUT, PATCH).
 * Server-side apply of a Scale is taken as a merge of the applied fields.
 */
final class ScaleHandler {

    private final Context context;
    private final Updater updater;

    ScaleHandler(Context context, Updater updater) {
        this.context = context;
        this.updater = updater;
    }

    void handle(Exchange ex, ApiPath path) {
        switch (ex.method()) {
            case "GET" -> ex.json(200, scale(path.type(), context.storage().require(path.type(), path.namespace(), path.name()).object()));
            case "PUT" -> write(ex, path, ObjectCodec.parse(ex.body()), null, WriteOptions.of(ex, "UpdateOptions", false));
            case "PATCH" -> {
                String type = PatchHandler.mediaType(ex.header("Content-Type"));
                boolean apply = type.equals("application/apply-patch+yaml");
                JsonNode patch = apply ? Yaml.parse(ex.body()) : ObjectCodec.parse(ex.body());
                write(ex, path, patch, apply ? "application/merge-patch+json" : type, WriteOptions.of(ex, "PatchOptions", apply));
            }
            default -> throw Errors.methodNotAllowed();
        }
    }

    private void write(Exchange ex, ApiPath path, JsonNode body, String patchType, WriteOptions options) {
        ResourceType type = path.type();
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(type, path.namespace(), path.name());
            ObjectNode scale = scale(type, current.object());
            JsonNode wanted = patchType == null ? body : patch(patchType, scale, body);
            int replicas = check(path, wanted);
            String rv = wanted.path("metadata").path("resourceVersion").asText("");
            if (!rv.isEmpty() && !rv.equals(Long.toString(current.modRevision()))) {
                throw Errors.conflict(type, path.name());
            }
            ObjectNode next = current.object().deepCopy();
            Json.child(next, "spec").put("replicas", replicas);
            try {
                ex.json(200, scale(type, updater.update(path, current, next, options, false)));
                return;
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || !rv.isEmpty() || attempt >= PatchHandler.ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static JsonNode patch(String contentType, ObjectNode scale, JsonNode patch) {
        try {
            return switch (contentType) {
                case "application/json-patch+json" -> JsonPatch.apply(scale, patch);
                case "application/merge-patch+json" -> MergePatch.apply(scale, patch);
                case "application/strategic-merge-patch+json" -> StrategicMergePatch.apply(scale, patch);
                default -> throw PatchHandler.unsupported();
            };
        } catch (PatchException e) {
            throw e.isBadFormat() ? Errors.badRequest(e.getMessage()) : Errors.unprocessable(e.getMessage());
        }
    }

    /** The Scale's replicas after Kubernetes' checks (kind, name, replicas >= 0). */
    private static int check(ApiPath path, JsonNode scale) {
        if (!scale.isObject() || !"Scale".equals(scale.path("kind").asText("Scale"))
                || !scale.path("apiVersion").asText("autoscaling/v1").startsWith("autoscaling/")) {
            throw Errors.badRequest("the body must be an autoscaling/v1 Scale");
        }
        String name = scale.path("metadata").path("name").asText("");
        if (!name.isEmpty() && !name.equals(path.name())) {
            throw Errors.badRequest("the name of the object (" + name + ") does not match the name on the URL (" + path.name() + ")");
        }
        JsonNode replicas = scale.path("spec").path("replicas");
        if (!replicas.isMissingNode() && !replicas.isNull() && !replicas.canConvertToInt()) {
            throw Errors.badRequest("Scale in version \"v1\" cannot be handled as a Scale: spec.replicas must be an integer");
        }
        int n = replicas.asInt(0);
        if (n < 0) {
            throw Errors.invalid("Scale", "autoscaling", path.name(), List.of(new Cause("FieldValueInvalid", "spec.replicas",
                    "Invalid value: " + n + ": must be greater than or equal to 0")));
        }
        return n;
    }

    static ObjectNode scale(ResourceType type, ObjectNode parent) {
        ObjectNode scale = Json.object().put("kind", "Scale").put("apiVersion", "autoscaling/v1");
        ObjectNode meta = scale.putObject("metadata");
        JsonNode pm = parent.path("metadata");
        for (String f : new String[] {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"}) {
            if (pm.has(f)) {
                meta.set(f, pm.get(f));
            }
        }
        int replicas = parent.path("spec").path("replicas").asInt(0);
        if (replicas != 0) {
            scale.putObject("spec").put("replicas", replicas);
        } else {
            scale.putObject("spec");
        }
        JsonNode selector = parent.path("spec").path("selector");
        boolean plainMap = type.group().isEmpty(); // a ReplicationController's selector is a label map
        scale.putObject("status").put("replicas", parent.path("status").path("replicas").asInt(0))
                .put("selector", plainMap ? Selectors.ofMap(selector) : Selectors.ofLabelSelector(selector));
        return scale;
    }
}
