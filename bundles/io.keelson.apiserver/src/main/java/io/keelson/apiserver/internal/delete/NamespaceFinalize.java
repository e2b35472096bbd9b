package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;

/** A namespace's spec.finalizers set through {@code namespaces/x/finalize}; a Terminating namespace with none left goes. */
public final class NamespaceFinalize {

    private NamespaceFinalize() {
    }

    /** PUT namespaces/x/finalize: only spec.finalizers of the body is taken. */
    public static ObjectNode finalize(Context context, String name, JsonNode body) {
        if (!body.isObject() || !"Namespace".equals(body.path("kind").asText("Namespace"))) {
            throw Errors.badRequest("the body must be a v1 Namespace");
        }
        JsonNode wanted = body.path("spec").path("finalizers");
        if (!wanted.isMissingNode() && !wanted.isNull() && !wanted.isArray()) {
            throw Errors.badRequest("Namespace in version \"v1\" cannot be handled as a Namespace: spec.finalizers must be a list");
        }
        return set(context, name, wanted.isArray() ? (ArrayNode) wanted : Json.object().putArray("x"));
    }

    static void clear(Context context, Deleter deleter, String name) {
        set(context, name, Json.object().putArray("x"));
    }

    private static ObjectNode set(Context context, String name, ArrayNode finalizers) {
        ResourceType namespaces = context.registry().namespaces();
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(namespaces, null, name);
            ObjectNode next = current.object().deepCopy();
            Json.child(next, "spec").set("finalizers", finalizers.deepCopy());
            if (finalizers.isEmpty()) {
                ((ObjectNode) next.get("spec")).remove("finalizers");
            }
            try {
                if (Deleter.dueAfterUpdate(namespaces, next)) {
                    context.storage().delete(namespaces, null, name, current.modRevision());
                    return next;
                }
                return context.storage().update(namespaces, null, name, next, current.modRevision());
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
