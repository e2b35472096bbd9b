package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.patch.JsonPatch;
import io.keelson.apiserver.internal.patch.MergePatch;
import io.keelson.apiserver.internal.patch.PatchException;
import io.keelson.apiserver.internal.patch.StrategicMergePatch;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;

/**
 * PATCH: json-patch, merge-patch and strategic-merge-patch, applied to the current object and retried on a
 * lost race; server-side apply goes to {@link ApplyHandler}.
 */
public final class PatchHandler {

    static final int ATTEMPTS = 5;
    private static final String ACCEPTED = "the body of the request was in an unknown format - accepted media types include: "
            + "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, "
            + "application/strategic-merge-patch+json, application/apply-patch+cbor";
    private final Context context;
    private final Updater updater;
    private final ApplyHandler applies;

    public PatchHandler(Context context, Updater updater) {
        this.context = context;
        this.updater = updater;
        this.applies = new ApplyHandler(context, updater);
    }

    public void patch(Exchange ex, ApiPath path) {
        if (!path.type().supports("patch") || path.isCollection()) {
            throw Errors.methodNotAllowed();
        }
        UpdateHandler.checkSubresource(path);
        String contentType = mediaType(ex.header("Content-Type"));
        if (contentType.equals("application/apply-patch+yaml")) {
            applies.apply(ex, path, WriteOptions.of(ex, "PatchOptions", true));
            return;
        }
        WriteOptions options = WriteOptions.of(ex, "PatchOptions", false);
        JsonNode patch = ex.tree();
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(path.type(), path.namespace(), path.name());
            JsonNode patched = apply(contentType, current.object(), patch);
            if (!(patched instanceof ObjectNode next)) {
                throw Errors.badRequest("the patched object must be a JSON object");
            }
            if (next.has("metadata") && !next.get("metadata").isObject()) {
                throw Errors.badRequest(path.type().kind() + " in version \"" + path.type().version() + "\" cannot be handled as a "
                        + path.type().kind() + ": metadata must be an object");
            }
            // a patch that names no resourceVersion applies to whatever is current
            if (!patch.isObject() || !patch.path("metadata").has("resourceVersion")) {
                Json.metadata(next).put("resourceVersion", Long.toString(current.modRevision()));
            }
            try {
                ObjectNode stored = updater.update(path, current, next, options, false);
                Responses.object(ex, context, path.type(), 200, stored);
                return;
            } catch (ApiException e) {
                boolean raced = e.code() == 409 && "Conflict".equals(e.status().path("reason").asText())
                        && !(patch.isObject() && patch.path("metadata").has("resourceVersion"));
                if (!raced || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static JsonNode apply(String contentType, ObjectNode current, JsonNode patch) {
        try {
            return switch (contentType) {
                case "application/json-patch+json" -> JsonPatch.apply(current, patch);
                case "application/merge-patch+json" -> MergePatch.apply(current, patch);
                case "application/strategic-merge-patch+json" -> StrategicMergePatch.apply(current, patch);
                default -> throw unsupported();
            };
        } catch (PatchException e) {
            throw e.isBadFormat() ? Errors.badRequest(e.getMessage()) : Errors.unprocessable(e.getMessage());
        }
    }

    static ApiException unsupported() {
        return new ApiException(415, Errors.status(415, "UnsupportedMediaType", ACCEPTED));
    }

    /** The media type of a PATCH (parameters dropped, lower case); 415 when there is none. */
    static String mediaType(String header) {
        if (header == null) {
            throw unsupported();
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
