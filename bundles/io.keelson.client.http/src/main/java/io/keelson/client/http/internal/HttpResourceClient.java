package io.keelson.client.http.internal;

import static io.keelson.client.api.support.ResourceScope.name;
import static io.keelson.client.api.support.ResourceScope.requireText;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.Watch;
import io.keelson.client.api.Watcher;
import io.keelson.client.api.support.JsonBodies;
import io.keelson.client.api.support.ResourceScope;

/** One resource over HTTP: each call is one request to the resource's REST path. */
final class HttpResourceClient<T extends HasMetadata> implements ResourceClient<T> {

    private static final String JSON_TYPE = "application/json";
    private final Transport transport;
    private final Class<T> type;
    private final ResourceInfo info;
    private final ResourceScope scope;

    HttpResourceClient(Transport transport, Class<T> type, ResourceInfo info, ResourceScope scope) {
        this.transport = transport;
        this.type = type;
        this.info = info;
        this.scope = scope;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String namespace() {
        return scope.namespace();
    }

    @Override
    public ResourceClient<T> inNamespace(String ns) {
        return new HttpResourceClient<>(transport, type, info, scope.inNamespace(ns));
    }

    @Override
    public ResourceClient<T> inAnyNamespace() {
        return scope.namespace() == null ? this : new HttpResourceClient<>(transport, type, info, scope.inAnyNamespace());
    }

    @Override
    public T get(String name) {
        return Transport.convert(transport.send("GET", path(scope.namedNamespace(), name, null), null, null), type);
    }

    @Override
    public ObjectList<T> list(ListOptions options) {
        JsonNode answer = transport.send("GET", path(scope.namespace(), null, null) + Query.of(options, false), null, null);
        return JsonBodies.objectList(answer, item -> Transport.convert(item, type));
    }

    @Override
    public Watch watch(ListOptions options, Watcher<T> watcher) {
        return new HttpWatch<>(type, watcher).start(transport, path(scope.namespace(), null, null) + Query.of(options, true));
    }

    @Override
    public T create(T object) {
        return write("POST", path(scope.objectNamespace(object), null, null), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T update(T object) {
        return write("PUT", path(scope.objectNamespace(object), name(object), null), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T updateStatus(T object) {
        return write("PUT", path(scope.objectNamespace(object), name(object), "status"), JSON_TYPE, Transport.bytes(object));
    }

    @Override
    public T patch(String name, PatchType patchType, String body) {
        return write("PATCH", path(scope.namedNamespace(), name, null), patchType.contentType(), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public T patchStatus(String name, PatchType patchType, String body) {
        return write("PATCH", path(scope.namedNamespace(), name, "status"), patchType.contentType(),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public T apply(T object, String fieldManager, boolean force) {
        String query = "?fieldManager=" + java.net.URLEncoder.encode(requireText(fieldManager, "fieldManager"),
                java.nio.charset.StandardCharsets.UTF_8) + (force ? "&force=true" : "");
        // JSON is YAML: the apply body needs no YAML writer
        return write("PATCH", path(scope.objectNamespace(object), name(object), null) + query, "application/apply-patch+yaml",
                Transport.bytes(object));
    }

    @Override
    public void delete(String name, DeleteOptions options) {
        byte[] body = options.isDefault() ? null : Transport.bytes(JsonBodies.deleteOptions(options));
        transport.send("DELETE", path(scope.namedNamespace(), name, null), JSON_TYPE, body);
    }

    private T write(String method, String path, String contentType, byte[] body) {
        return Transport.convert(transport.send(method, path, contentType, body), type);
    }

    private String path(String ns, String name, String subresource) {
        return info.path(ns, name == null ? null : requireText(name, "name"), subresource);
    }
}
