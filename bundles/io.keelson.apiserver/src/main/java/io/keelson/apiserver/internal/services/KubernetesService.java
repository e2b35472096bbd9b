package io.keelson.apiserver.internal.services;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.handlers.Lifecycle;
import io.keelson.apiserver.internal.managed.FieldManager;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;

/**
 * The {@code default/kubernetes} service (the first address of the service range, port 443) and its
 * Endpoints and EndpointSlice pointing at this API server, kept as Kubernetes' bootstrap controller
 * keeps them: made on first start, the endpoints brought up to date on every start.
 */
public final class KubernetesService {

    private static final String MANAGER = "kube-apiserver";

    private KubernetesService() {
    }

    public static void reconcile(Context context, ServiceAllocator allocator, String address, int port) {
        ResourceType services = type(context, "", "services");
        String ip = allocator.kubernetesServiceIp();
        ObjectNode svc = object("v1", "Service");
        Json.child(Json.metadata(svc), "labels").put("component", "apiserver").put("provider", "kubernetes");
        ObjectNode spec = svc.putObject("spec").put("type", "ClusterIP").put("clusterIP", ip).put("sessionAffinity", "None");
        spec.putArray("clusterIPs").add(ip);
        spec.putArray("ports").addObject().put("name", "https").put("port", 443).put("protocol", "TCP").put("targetPort", port);
        allocator.reserve(ip);
        write(context, services, svc, true);
        context.storage().get(services, "default", "kubernetes").ifPresent(current -> {
            ObjectNode next = current.object().deepCopy();
            next.path("spec").path("ports").forEach(p -> ((ObjectNode) p).put("targetPort", port));
            sync(context, services, current, next);
        });

        ObjectNode endpoints = object("v1", "Endpoints");
        ObjectNode subset = endpoints.putArray("subsets").addObject();
        subset.putArray("addresses").addObject().put("ip", address);
        subset.putArray("ports").addObject().put("name", "https").put("port", port).put("protocol", "TCP");
        write(context, type(context, "", "endpoints"), endpoints, false, "subsets");

        ObjectNode slice = object("discovery.k8s.io/v1", "EndpointSlice");
        Json.child(Json.metadata(slice), "labels").put("kubernetes.io/service-name", "kubernetes");
        slice.put("addressType", "IPv4");
        ObjectNode endpoint = slice.putArray("endpoints").addObject();
        endpoint.putArray("addresses").add(address);
        endpoint.putObject("conditions").put("ready", true);
        slice.putArray("ports").addObject().put("name", "https").put("port", port).put("protocol", "TCP");
        write(context, type(context, "discovery.k8s.io", "endpointslices"), slice, false, "addressType", "endpoints", "ports");
    }

    private static ObjectNode object(String apiVersion, String kind) {
        ObjectNode o = Json.object().put("apiVersion", apiVersion).put("kind", kind);
        Json.metadata(o).put("name", "kubernetes").put("namespace", "default");
        return o;
    }

    /** Creates the object, or brings the existing one's {@code synced} fields up to date; the API server's own write. */
    private static void write(Context context, ResourceType type, ObjectNode wanted, boolean validate, String... synced) {
        Stored current = context.storage().get(type, "default", "kubernetes").orElse(null);
        if (current == null) {
            try {
                Lifecycle.prepareCreate(wanted, context.clock());
                if (validate) {
                    context.rules().create(type, wanted);
                }
                FieldManager.update(type, null, wanted, MANAGER, null, Lifecycle.timestamp(context.clock()));
                context.storage().create(type, "default", "kubernetes", wanted);
            } catch (ApiException e) {
                // another API server made it meanwhile: its version is as good
            }
            return;
        }
        ObjectNode next = current.object().deepCopy();
        for (String field : synced) {
            next.set(field, wanted.get(field));
        }
        sync(context, type, current, next);
    }

    private static void sync(Context context, ResourceType type, Stored current, ObjectNode next) {
        if (next.equals(current.object())) {
            return;
        }
        try {
            FieldManager.update(type, current.object(), next, MANAGER, null, Lifecycle.timestamp(context.clock()));
            context.storage().update(type, "default", "kubernetes", next, current.modRevision());
        } catch (ApiException e) {
            // another API server updated it meanwhile: the next start brings it up to date
        }
    }

    private static ResourceType type(Context context, String group, String plural) {
        return context.registry().find(group, context.registry().versions(group).get(0), plural).orElseThrow();
    }
}
