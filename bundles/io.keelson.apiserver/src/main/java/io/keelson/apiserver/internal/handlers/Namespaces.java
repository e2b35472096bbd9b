package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;

/** The NamespaceLifecycle admission check on create: the namespace must exist and not be Terminating. */
final class Namespaces {

    private Namespaces() {
    }

    static void requireActive(Context context, ResourceType type, String namespace, String name) {
        if (!type.namespaced()) {
            return;
        }
        ObjectNode ns = context.storage().get(context.registry().namespaces(), null, namespace).map(s -> s.object())
                .orElseThrow(() -> Errors.namespaceNotFound(namespace));
        if (Json.metadata(ns).has("deletionTimestamp") || "Terminating".equals(Json.text(ns, "status.phase"))) {
            ApiException e = Errors.forbidden(type, name, "unable to create new content in namespace " + namespace
                    + " because it is being terminated");
            ((ObjectNode) e.status().get("details")).putArray("causes").addObject().put("reason", "NamespaceTerminating")
                    .put("message", "namespace " + namespace + " is being terminated").put("field", "metadata.namespace");
            throw e;
        }
    }
}
