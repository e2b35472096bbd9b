package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;

/** PUT of an object or its status: a full replacement guarded by resourceVersion. */
public final class UpdateHandler {

    private final Context context;
    private final Updater updater;

    public UpdateHandler(Context context, Updater updater) {
        this.context = context;
        this.updater = updater;
    }

    public void update(Exchange ex, ApiPath path) {
        if (!path.type().supports("update") || path.isCollection()) {
            throw Errors.methodNotAllowed();
        }
        checkSubresource(path);
        WriteOptions options = WriteOptions.of(ex, "UpdateOptions", false);
        JsonNode body = ex.object(path.type(), options.fieldValidation(), options.warnings());
        if (!(body instanceof ObjectNode next)) {
            throw Errors.badRequest("the request body must be a JSON object");
        }
        var current = context.storage().require(path.type(), path.namespace(), path.name());
        ObjectNode stored = updater.update(path, current, next, options, false);
        Responses.object(ex, context, path.type(), 200, stored);
    }

    static void checkSubresource(ApiPath path) {
        if (path.subresource() != null
                && !(path.subresource().equals("status") && path.type().has(io.keelson.apiserver.internal.registry.ResourceType.Trait.STATUS))) {
            throw Errors.pathNotFound();
        }
    }
}
