package io.keelson.client.local.internal;

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
import java.util.ArrayList;
import java.util.List;
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
    private final boolean namespaced;
    private final String namespace;

    LocalResourceClient(Target target, Class<T> type, ResourceKey collection, boolean namespaced, String namespace) {
        this.target = target;
        this.type = type;
        this.collection = collection;
        this.namespaced = namespaced;
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
        if (!namespaced) {
            throw new IllegalArgumentException(type.getSimpleName() + " is cluster-scoped");
        }
        return new LocalResourceClient<>(target, type, collection, true, requireText(ns, "namespace"));
    }

    @Override
    public ResourceClient<T> inAnyNamespace() {
        return namespace == null ? this : new LocalResourceClient<>(target, type, collection, namespaced, null);
    }

    @Override
    public T get(String name) {
        ResourceKey key = key(namedNamespace(), name, null);
        return call(() -> target.requests().get(target.caller(), key));
    }

    @Override
    public ObjectList<T> list(ListOptions o) {
        ListParams params = new ListParams(o.labelSelector(), o.fieldSelector(), o.limit(), o.continueToken(), o.resourceVersion(), null, 0,
                false, null);
        ObjectNode answer = answer(() -> target.requests().list(target.caller(), key(namespace, null, null), params));
        List<T> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(Trees.convert(item, type));
        }
        JsonNode meta = answer.path("metadata");
        JsonNode remaining = meta.get("remainingItemCount");
        return new ObjectList<>(items, meta.path("resourceVersion").asText(""), meta.path("continue").asText(null),
                remaining == null || remaining.isNull() ? null : remaining.asLong());
    }

    @Override
    public Watch watch(ListOptions o, Watcher<T> watcher) {
        ListParams params = new ListParams(o.labelSelector(), o.fieldSelector(), 0, null, o.resourceVersion(), null, o.timeoutSeconds(),
                o.allowBookmarks(), null);
        return new TreeWatch<>(type, watcher, target.openWatches()).start(target.requests(), target.caller(), key(namespace, null, null),
                params);
    }

    @Override
    public T create(T object) {
        ResourceKey key = key(objectNamespace(object), null, null);
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
        ResourceKey key = key(objectNamespace(object), name(object), subresource);
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
        ResourceKey key = key(namedNamespace(), name, subresource);
        JsonNode patch = Trees.patch(body);
        return call(() -> target.requests().patch(target.caller(), key, patchType.contentType(), patch, WriteParams.DEFAULTS));
    }

    @Override
    public T apply(T object, String fieldManager, boolean force) {
        WriteParams params = new WriteParams(false, requireText(fieldManager, "fieldManager"), null, force);
        ResourceKey key = key(objectNamespace(object), name(object), null);
        ObjectNode body = Trees.tree(object);
        return call(() -> target.requests().patch(target.caller(), key, "application/apply-patch+yaml", body, params));
    }

    @Override
    public void delete(String name, DeleteOptions options) {
        ResourceKey key = key(namedNamespace(), name, null);
        ObjectNode body = options.isDefault() ? null : deleteBody(options);
        answer(() -> target.requests().delete(target.caller(), key, body, WriteParams.DEFAULTS));
    }

    /** The DeleteOptions body the HTTP client sends. */
    private static ObjectNode deleteBody(DeleteOptions o) {
        ObjectNode n = Trees.JSON.createObjectNode().put("kind", "DeleteOptions").put("apiVersion", "v1");
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
        return new ResourceKey(collection.group(), collection.version(), collection.resource(), namespaced ? segment(ns) : null,
                name == null ? null : segment(requireText(name, "name")), subresource);
    }

    /** By-name calls of a namespaced type need the client's namespace. */
    private String namedNamespace() {
        if (namespaced && namespace == null) {
            throw new IllegalStateException(type.getSimpleName() + " is namespaced: use inNamespace(...) first");
        }
        return namespace;
    }

    private String objectNamespace(T object) {
        if (!namespaced) {
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

    /** What the HTTP client could not put in a URL segment is refused alike. */
    private static String segment(String s) {
        if (s != null && (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/"))) {
            throw new IllegalArgumentException("not a valid name for a URL segment: '" + s + "'");
        }
        return s;
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }
}
