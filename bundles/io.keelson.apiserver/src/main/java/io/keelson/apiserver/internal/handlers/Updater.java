package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.managed.FieldManager;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.services.ServiceAllocator;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;

/**
 * The write half of PUT, PATCH and apply: checks the new object against the current one, keeps system
 * fields, bumps generation, records field ownership, skips writes that change nothing (the
 * resourceVersion stays), stores with compare-and-swap on the read revision, and completes a
 * deletion once the last finalizer is gone.
 */
public final class Updater {

    private final Context context;

    public Updater(Context context) {
        this.context = context;
    }

    /**
     * Writes {@code next} over {@code current}; returns the stored object. {@code applied}: next is a
     * server-side apply result whose managedFields are already final.
     */
    public ObjectNode update(ApiPath path, Stored current, ObjectNode next, WriteOptions options, boolean applied) {
        ResourceType type = path.type();
        next = ObjectCodec.check(context.rules(), type, next, options.fieldValidation(), options.warnings());
        ObjectNode meta = Json.metadata(next);
        String bodyName = meta.path("name").asText("");
        if (!bodyName.equals(path.name())) {
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
        JsonNode managed = meta.get("managedFields");
        String subresource = path.subresource();
        Lifecycle.prepareUpdate(type, current.object(), next, "status".equals(subresource));
        if (Context.isServices(type)) {
            ServiceAllocator.carryOver(current.object(), next);
        }
        DefaultTolerationSeconds.admit(type, subresource, next);
        context.rules().update(type, current.object(), next);
        if (Context.isServices(type) && !"status".equals(subresource) && !options.dryRun()) {
            context.services().update(path.name(), current.object(), next);
        }
        if (applied) {
            Json.metadata(next).set("managedFields", managed);
        } else {
            FieldManager.update(type, current.object(), next, options.manager(), subresource, Lifecycle.timestamp(context.clock()));
        }
        if (unchanged(current.object(), next)) {
            return current.object();
        }
        if (options.dryRun()) {
            return next;
        }
        if (io.keelson.apiserver.internal.delete.Deleter.dueAfterUpdate(type, next)) {
            context.storage().delete(type, path.namespace(), path.name(), current.modRevision());
            return next;
        }
        return context.storage().update(type, path.namespace(), path.name(), next, current.modRevision());
    }

    /** A write that changes nothing is not stored, as in Kubernetes (the resourceVersion stays). */
    static boolean unchanged(ObjectNode current, ObjectNode next) {
        ObjectNode a = current.deepCopy();
        ObjectNode b = next.deepCopy();
        Json.metadata(a).remove("resourceVersion");
        Json.metadata(b).remove("resourceVersion");
        a.remove("kind");
        a.remove("apiVersion");
        b.remove("kind");
        b.remove("apiVersion");
        // through bytes, so a LongNode 2 and an IntNode 2 compare equal
        return Json.parseObject(Json.bytes(a)).equals(Json.parseObject(Json.bytes(b)));
    }
}
