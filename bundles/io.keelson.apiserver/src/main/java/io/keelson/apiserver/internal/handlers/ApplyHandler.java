package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.managed.FieldManager;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.util.Optional;

/**
 * Server-side apply ({@code PATCH} with {@code application/apply-patch+yaml}): the body is the
 * manager's whole intent; it is merged into the live object (or creates it: 201) with field
 * ownership and conflicts as {@link FieldManager} decides.
 */
final class ApplyHandler {

    private final Context context;
    private final Updater updater;

    ApplyHandler(Context context, Updater updater) {
        this.context = context;
        this.updater = updater;
    }

    void apply(Exchange ex, ApiPath path, WriteOptions options) {
        ResourceType type = path.type();
        ObjectNode config = config(type, path, ex.yaml(), options);
        for (int attempt = 1;; attempt++) {
            Optional<Stored> current = context.storage().get(type, path.namespace(), path.name());
            try {
                if (current.isEmpty()) {
                    create(ex, path, config, options);
                } else {
                    String rv = Json.metadata(config).path("resourceVersion").asText("");
                    if (!rv.isEmpty() && !rv.equals(Long.toString(current.get().modRevision()))) {
                        throw Errors.conflict(type, path.name());
                    }
                    ObjectNode merged = FieldManager.apply(type, current.get().object(), config, options.manager(), options.force(),
                            path.subresource(), Lifecycle.timestamp(context.clock()));
                    Json.metadata(merged).put("resourceVersion", Long.toString(current.get().modRevision()));
                    Responses.object(ex, context, type, 200, updater.update(path, current.get(), merged, options, true));
                }
                return;
            } catch (ApiException e) {
                boolean raced = e.code() == 409 && Errors.isStoreRace(e) || e.code() == 409 && "AlreadyExists".equals(
                        e.status().path("reason").asText());
                if (!raced || attempt >= PatchHandler.ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ObjectNode config(ResourceType type, ApiPath path, JsonNode body, WriteOptions options) {
        if (!body.isObject()) {
            throw Errors.badRequest("the applied configuration must be an object, got " + body.getNodeType().toString().toLowerCase());
        }
        if (body.path("metadata").has("managedFields")) {
            throw Errors.badRequest("metadata.managedFields must be nil");
        }
        ObjectNode config = ObjectCodec.check(context.rules(), type, body, options.fieldValidation(), options.warnings(), false);
        ObjectNode meta = Json.metadata(config);
        String name = meta.path("name").asText("");
        if (!name.isEmpty() && !name.equals(path.name())) {
            throw Errors.badRequest("the name of the object (" + name + ") does not match the name on the URL (" + path.name() + ")");
        }
        String ns = meta.path("namespace").asText("");
        if (type.namespaced() && !ns.isEmpty() && !ns.equals(path.namespace())) {
            throw Errors.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        return config;
    }

    private void create(Exchange ex, ApiPath path, ObjectNode config, WriteOptions options) {
        ResourceType type = path.type();
        if (path.subresource() != null) {
            throw Errors.notFound(type, path.name());
        }
        Namespaces.requireActive(context, type, path.namespace(), path.name());
        ObjectNode object = FieldManager.apply(type, null, config, options.manager(), options.force(), null,
                Lifecycle.timestamp(context.clock()));
        ObjectNode meta = Json.metadata(object);
        meta.put("name", path.name());
        if (type.namespaced()) {
            meta.put("namespace", path.namespace());
        } else {
            meta.remove("namespace");
        }
        DefaultTolerationSeconds.admit(type, null, object);
        Lifecycle.prepareCreate(object, context.clock());
        context.rules().create(type, object);
        Responses.object(ex, context, type, 201, Creation.store(context, type, path.namespace(), path.name(), object, options.dryRun()));
    }
}
