package io.keelson.apiserver.internal.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.store.api.ConflictException;
import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.WriteResult;
import java.util.Optional;

/**
 * Objects in the store under {@code /registry/<group-or-core>/<plural>/<namespace>/<name>}. The stored
 * JSON has no resourceVersion: it is the key's mod revision, set on every read.
 */
public final class ObjectStorage {

    private final KeyValueStore store;

    public ObjectStorage(KeyValueStore store) {
        this.store = store;
    }

    public KeyValueStore store() {
        return store;
    }

    /** The prefix of a namespace's objects of a type, or of all of them when {@code namespace} is null. */
    public static String prefix(ResourceType type, String namespace) {
        String base = "/registry/" + type.storageGroup() + "/" + type.plural() + "/";
        return type.namespaced() && namespace != null ? base + namespace + "/" : base;
    }

    public static String key(ResourceType type, String namespace, String name) {
        return prefix(type, type.namespaced() ? namespace : null) + name;
    }

    public Optional<Stored> get(ResourceType type, String namespace, String name) {
        return store.get(key(type, namespace, name)).map(ObjectStorage::decode);
    }

    public Stored require(ResourceType type, String namespace, String name) {
        return get(type, namespace, name).orElseThrow(() -> Errors.notFound(type, name));
    }

    public ObjectNode create(ResourceType type, String namespace, String name, ObjectNode object) {
        try {
            WriteResult result = store.create(key(type, namespace, name), encode(object), KeyValueStore.NO_LEASE);
            return withVersion(object, result.revision());
        } catch (KeyExistsException e) {
            throw Errors.alreadyExists(type, name);
        }
    }

    public ObjectNode update(ResourceType type, String namespace, String name, ObjectNode object, long expectedRevision) {
        try {
            WriteResult result = store.update(key(type, namespace, name), encode(object), expectedRevision, KeyValueStore.NO_LEASE);
            return withVersion(object, result.revision());
        } catch (ConflictException e) {
            throw Errors.conflict(type, name);
        } catch (KeyNotFoundException e) {
            throw Errors.notFound(type, name);
        }
    }

    /** Deletes when the key is still at {@code expectedRevision} (0: any); returns the object as it was. */
    public ObjectNode delete(ResourceType type, String namespace, String name, long expectedRevision) {
        try {
            WriteResult result = store.delete(key(type, namespace, name), expectedRevision);
            return decode(result.previous()).object();
        } catch (ConflictException e) {
            throw Errors.conflict(type, name);
        } catch (KeyNotFoundException e) {
            throw Errors.notFound(type, name);
        }
    }

    public RangeResult range(RangeRequest request) {
        return store.range(request);
    }

    public static Stored decode(KeyValue kv) {
        return new Stored(withVersion(Json.parseObject(kv.value()), kv.modRevision()), kv.modRevision());
    }

    private static byte[] encode(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        Json.metadata(copy).remove("resourceVersion");
        return Json.bytes(copy);
    }

    public static ObjectNode withVersion(ObjectNode object, long revision) {
        Json.metadata(object).put("resourceVersion", Long.toString(revision));
        return object;
    }

    /** An object read from the store and the revision it was read at. */
    public record Stored(ObjectNode object, long modRevision) {
    }
}
