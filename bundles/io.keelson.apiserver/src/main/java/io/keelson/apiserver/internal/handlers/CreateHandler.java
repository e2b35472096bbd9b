package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.managed.FieldManager;
import io.keelson.apiserver.internal.registry.ResourceType;

/** POST to a collection: decode, check, fill system fields, store; 201 with the stored object. */
public final class CreateHandler {

    private final Context context;

    public CreateHandler(Context context) {
        this.context = context;
    }

    public void create(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (!type.supports("create") || !path.isCollection()) {
            throw Errors.methodNotAllowed();
        }
        WriteOptions options = WriteOptions.of(ex, "CreateOptions", false);
        JsonNode body = ex.object(type, options.fieldValidation(), options.warnings());
        ObjectNode object = ObjectCodec.check(context.rules(), type, body, options.fieldValidation(), options.warnings());
        ObjectNode meta = Json.metadata(object);
        if (type.namespaced()) {
            String bodyNs = meta.path("namespace").asText("");
            if (!bodyNs.isEmpty() && !bodyNs.equals(path.namespace())) {
                throw Errors.badRequest("the namespace of the provided object does not match the namespace sent on the request");
            }
            meta.put("namespace", path.namespace());
        } else {
            meta.remove("namespace");
        }
        if (type.has(ResourceType.Trait.VIRTUAL)) {
            ex.json(201, Responses.typed(type, Reviews.answer(type, object, ex.user())));
            return;
        }
        Lifecycle.generateName(meta);
        String name = meta.path("name").asText("");
        Namespaces.requireActive(context, type, path.namespace(), name);
        Lifecycle.prepareCreate(object, context.clock());
        context.rules().create(type, object);
        FieldManager.update(type, null, object, options.manager(), null, Lifecycle.timestamp(context.clock()));
        DefaultTolerationSeconds.admit(type, null, object);
        Responses.object(ex, context, type, 201, Creation.store(context, type, path.namespace(), name, object, options.dryRun()));
    }
}
