package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.Validation;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;

/**
 * The write half of PUT and PATCH: checks the new object against the current one, keeps system
 * fields, bumps generation, stores with compare-and-swap on the read revision, and completes a
 * deletion once the last finalizer is gone.
 */
public final class Updater {

    private final Context context;

    public Updater(Context context) {
        this.context = context;
    }

    /** Writes {@code next} over {@code current}; returns the stored object. */
    public ObjectNode update(ApiPath path, Stored current, ObjectNode next, boolean dryRun, String fieldValidation) {
        ResourceType type = path.type();
        next = ObjectCodec.check(type, next, fieldValidation);
        ObjectNode meta = Json.metadata(next);
        String bodyName = meta.path("name").asText("");
        if (!bodyName.isEmpty() && !bodyName.equals(path.name())) {
            throw Errors.badRequest("the name of the object (" + bodyName + ") does not match the name on the URL (" + path.name() + ")");
        }
        String bodyNs = meta.path("namespace").asText("");
        if (type.namespaced() && !bodyNs.isEmpty() && !bodyNs.equals(path.namespace())) {
            throw Errors.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        String rv = meta.path("resourceVersion").asText("");
        if (!rv.isEmpty() && !rv.equals(Long.toString(current.modRevision()))) {
            throw Errors.conflict(type, path.name());
        }
        Lifecycle.prepareUpdate(type, current.object(), next, "status".equals(path.subresource()));
        Validation.validateMetadata(type, next);
        if (dryRun) {
            return next;
        }
        if (meta.has("deletionTimestamp") && isEmpty(meta.get("finalizers"))) {
            context.storage().delete(type, path.namespace(), path.name(), current.modRevision());
            return next;
        }
        return context.storage().update(type, path.namespace(), path.name(), next, current.modRevision());
    }

    static boolean isEmpty(JsonNode list) {
        return list == null || list.isNull() || list.size() == 0;
    }
}
