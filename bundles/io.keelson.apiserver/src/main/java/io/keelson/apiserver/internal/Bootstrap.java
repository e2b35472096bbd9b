package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.handlers.Lifecycle;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.time.Clock;
import java.util.List;

/** What exists from the first start: the system namespaces. */
final class Bootstrap {

    static final List<String> NAMESPACES = List.of("default", "kube-system", "kube-public", "kube-node-lease");

    private Bootstrap() {
    }

    static void ensureNamespaces(Context context) {
        ResourceType namespaces = context.registry().namespaces();
        for (String name : NAMESPACES) {
            if (context.storage().get(namespaces, null, name).isPresent()) {
                continue;
            }
            ObjectNode ns = Json.object().put("apiVersion", "v1").put("kind", "Namespace");
            Json.metadata(ns).put("name", name).putObject("labels").put("kubernetes.io/metadata.name", name);
            Lifecycle.prepareCreate(ns, Clock.systemUTC());
            context.rules().create(namespaces, ns);
            try {
                context.storage().create(namespaces, null, name, ns);
            } catch (ApiException e) {
                // another server created it first
            }
        }
    }
}
