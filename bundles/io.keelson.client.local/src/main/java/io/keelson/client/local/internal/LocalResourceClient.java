package io.keelson.client.local.internal;

import static io.keelson.client.api.support.ResourceScope.name;
import static io.keelson.client.api.support.ResourceScope.requireText;
import static io.keelson.client.api.support.ResourceScope.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apiserver.api.ApiException;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.Caller;
import io.keelson.apiserver.api.ListParams;
import io.keelson.apiserver.api.ResourceKey;
import io.keelson.apiserver.api.WriteParams;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.Watch;
import io.keelson.client.api.Watcher;
import io.keelson.client.api.support.JsonBodies;
import io.keelson.client.api.support.ResourceScope;
import java.util.Set;
import java.util.function.Supplier;

/** One resource in-process: each call is one {@link ApiRequests} call, namespace rules as the HTTP client has them. */
final class LocalResourceClient<T extends HasMetadata> implements ResourceClient<T> {

    /** Where calls go, as whom, and the watches still open (so closing the client ends them). */
    record Target(ApiRequests requests, Caller caller, Set<TreeWatch<?>> openWatches) {
    }

    private final Target target;
    private final Class<T> type;
    private final ResourceKey collection;
    private final ResourceScope scope;

    LocalResourceClient(Target target, Class<T> type, ResourceKey collection, ResourceScope scope) {
        this.target = target;
        this.type = type;
        this.collection = collection;
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
        return new LocalResourceClient<>(target, type, collection, scope.inNamespace(ns));
    }

    @Override
    public ResourceClient<T> inAnyNamespace() {
        return scope.namespace() == null ? this : new LocalResourceClient<>(target, type, collection, scope.inAnyNamespace());
    }

    @Override
    public T get(String name) {
        ResourceKey key = key(scope.namedNamespace(), name, null);
        return call(() -> target.requests().get(target.caller(), key));
    }

    @Override
    public ObjectList<T> list(ListOptions o) {
        ListParams params = new ListParams(o.labelSelector(), o.fieldSelector(), o.limit(), o.continueToken(), o.resourceVersion(), null, 0,
                false, null);
        ObjectNode answer = answer(() -> target.requests().list(target.caller(), key(scope.namespace(), null, null), params));
        return JsonBodies.objectList(answer, item -> Trees.convert(item, type));
    }

    @Override
    public Watch watch(ListOptions o, Watcher<T> watcher) {
        ListParams params = new ListParams(o.labelSelector(), o.fieldSelector(), 0, null, o.resourceVersion(), null, o.timeoutSeconds(),
                o.allowBookmarks(), null);
        return new TreeWatch<>(type, watcher, target.openWatches()).start(target.requests(), target.caller(), key(scope.namespace(), null, null),
                params);
    }

    @Override
    public T create(T object) {
        ResourceKey key = key(scope.objectNamespace(object), null, null);
        ObjectNode body = Trees.tree(object);
        return call(() -> target.requests().create(target.caller(), key, body, WriteParams.DEFAULTS));
    }

    @Override
    public T update(T object) {
        return put(object, null);
    }

    @Override
    public T updateStatus(T object) {
        return put(object, "status");
    }

    private T put(T object, String subresource) {
        ResourceKey key = key(scope.objectNamespace(object), name(object), subresource);
        ObjectNode body = Trees.tree(object);
        return call(() -> target.requests().update(target.caller(), key, body, WriteParams.DEFAULTS));
    }

    @Override
    public T patch(String name, PatchType patchType, String body) {
        return patch(name, null, patchType, body);
    }

    @Override
    public T patchStatus(String name, PatchType patchType, String body) {
        return patch(name, "status", patchType, body);
    }

    private T patch(String name, String subresource, PatchType patchType, String body) {
        ResourceKey key = key(scope.namedNamespace(), name, subresource);
        JsonNode patch = Trees.patch(body);
        return call(() -> target.requests().patch(target.caller(), key, patchType.contentType(), patch, WriteParams.DEFAULTS));
    }

    @Override
    public T apply(T object, String fieldManager, boolean force) {
        WriteParams params = new WriteParams(false, requireText(fieldManager, "fieldManager"), null, force);
        ResourceKey key = key(scope.objectNamespace(object), name(object), null);
        ObjectNode body = Trees.tree(object);
        return call(() -> target.requests().patch(target.caller(), key, "application/apply-patch+yaml", body, params));
    }

    @Override
    public void delete(String name, DeleteOptions options) {
        ResourceKey key = key(scope.namedNamespace(), name, null);
        ObjectNode body = options.isDefault() ? null : JsonBodies.deleteOptions(options);
        answer(() -> target.requests().delete(target.caller(), key, body, WriteParams.DEFAULTS));
    }

    private T call(Supplier<ObjectNode> request) {
        return Trees.convert(answer(request), type);
    }

    private static ObjectNode answer(Supplier<ObjectNode> request) {
        try {
            return request.get();
        } catch (ApiException e) {
            throw Trees.failure(e);
        }
    }

    private ResourceKey key(String ns, String name, String subresource) {
        return new ResourceKey(collection.group(), collection.version(), collection.resource(), scope.namespaced() ? segment(ns) : null,
                name == null ? null : segment(requireText(name, "name")), subresource);
    }
}
