package io.keelson.client.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.Watch;
import io.keelson.client.api.Watcher;
import java.util.ArrayList;
import java.util.List;

/** One resource over HTTP: each call is one request to the resource's REST path. */
final class HttpResourceClient<T extends HasMetadata> implements ResourceClient<T> {

    private static final String JSON_TYPE = "application/json";
    private final Transport transport;
    private final Class<T> type;
    private final ResourceInfo info;
    private final String namespace;

    HttpResourceClient(Transport transport, Class<T> type, ResourceInfo info, String namespace) {
        this.transport = transport;
        this.type = type;
        this.info = info;
        this.namespace = namespace;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public ResourceClient<T> inNamespace(String ns) {
        if (!info.namespaced()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is cluster-scoped");
        }
        return new HttpResourceClient<>(transport, type, info, requireText(ns, "namespace"));
    }

    @Override
    public ResourceClient<T> inAnyNamespace() {
        return namespace == null ? this : new HttpResourceClient<>(transport, type, info, null);
    }

    @Override
    public T get(String name) {
        return Transport.convert(transport.send("GET", path(namedNamespace(), name, null), null, null), type);
    }

    @Override
    public ObjectList<T> list(ListOptions options) {
        JsonNode answer = transport.send("GET", path(namespace, null, null) + Query.of(options, false), null, null);
        List<T> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(Transport.convert(item, type));
        }
        JsonNode meta = answer.path("metadata");
        JsonNode remaining = meta.get("remainingItemCount");
        return new ObjectList<>(items, meta.path("resourceVersion").asText(""), meta.path("continue").asText(null),
                remaining == null || remaining.isNull() ? null : remaining.asLong());
    }

    @Override
    public Watch watch(ListOptions options, Watcher<T> watcher) {
        return new HttpWatch<>(type, watcher).start(transport, path(namespace, null, null) + Query.of(options, true));
    }

    @Override
    public T create(T object) {
        return write("POST", path(objectNamespace(object), null, null), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T update(T object) {
        return write("PUT", path(objectNamespace(object), name(object), null), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T updateStatus(T object) {
        return write("PUT", path(objectNamespace(object), name(object), "status"), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T patch(String name, PatchType patchType, String body) {
        return write("PATCH", path(namedNamespace(), name, null), patchType.contentType(), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public T patchStatus(String name, PatchType patchType, String body) {
        return write("PATCH", path(namedNamespace(), name, "status"), patchType.contentType(),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public T apply(T object, String fieldManager, boolean force) {
        String query = "?fieldManager=" + java.net.URLEncoder.encode(requireText(fieldManager, "fieldManager"),
                java.nio.charset.StandardCharsets.UTF_8) + (force ? "&force=true" : "");
        // JSON is YAML: the apply body needs no YAML writer
        return write("PATCH", path(objectNamespace(object), name(object), null) + query, "application/apply-patch+yaml",
                Transport.bytes(object));
    }

    @Override
    public void delete(String name, DeleteOptions options) {
        byte[] body = options.isDefault() ? null : Transport.bytes(deleteBody(options));
        transport.send("DELETE", path(namedNamespace(), name, null), JSON_TYPE, body);
    }

    private static ObjectNode deleteBody(DeleteOptions o) {
        ObjectNode n = Transport.JSON.createObjectNode().put("kind", "DeleteOptions").put("apiVersion", "v1");
        if (o.gracePeriodSeconds() != null) {
            n.put("gracePeriodSeconds", o.gracePeriodSeconds());
        }
        if (o.propagationPolicy() != null) {
            n.put("propagationPolicy", o.propagationPolicy());
        }
        if (o.preconditionUid() != null || o.preconditionResourceVersion() != null) {
            ObjectNode pre = n.putObject("preconditions");
            if (o.preconditionUid() != null) {
                pre.put("uid", o.preconditionUid());
            }
            if (o.preconditionResourceVersion() != null) {
                pre.put("resourceVersion", o.preconditionResourceVersion());
            }
        }
        return n;
    }

    private T write(String method, String path, String contentType, byte[] body) {
        return Transport.convert(transport.send(method, path, contentType, body), type);
    }

    private String path(String ns, String name, String subresource) {
        return info.path(ns, name == null ? null : requireText(name, "name"), subresource);
    }

    /** By-name calls of a namespaced type need the client's namespace. */
    private String namedNamespace() {
        if (info.namespaced() && namespace == null) {
            throw new IllegalStateException(type.getSimpleName() + " is namespaced: use inNamespace(...) first");
        }
        return namespace;
    }

    private String objectNamespace(T object) {
        if (!info.namespaced()) {
            return null;
        }
        String own = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        String ns = namespace != null ? namespace : own;
        if (ns == null || ns.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is namespaced: set metadata.namespace or use inNamespace(...)");
        }
        return ns;
    }

    private static String name(HasMetadata object) {
        return object.getMetadata() == null ? null : object.getMetadata().getName();
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }
}
