package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a request body into a checked object tree: JSON, an object, the right apiVersion and kind,
 * and decodable as the type's fabric8 class (so wrong field types are a 400, not a stored object).
 */
public final class ObjectCodec {

    private ObjectCodec() {
    }

    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw Errors.badRequest("the request body is empty; it must be a JSON object");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Errors.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Errors.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Checks an object tree as the type and returns it normalised through the model class, unknown
     * fields dropped: {@code fieldValidation} Strict rejects them (400), Warn (the default) reports each
     * to {@code warnings}, Ignore drops them silently.
     */
    public static ObjectNode check(TypeRules rules, ResourceType type, JsonNode node, String fieldValidation, Consumer<String> warnings) {
        if (!(node instanceof ObjectNode object)) {
            throw Errors.badRequest("the request body must be a JSON object, got " + node.getNodeType().toString().toLowerCase());
        }
        JsonNode kind = object.get("kind");
        if (kind == null || kind.asText().isEmpty()) {
            throw Errors.badRequest("Object 'Kind' is missing in '" + abbreviate(object.toString()) + "'");
        }
        String apiVersion = object.path("apiVersion").asText("");
        if (!apiVersion.equals(type.apiVersion())) {
            throw Errors.badRequest("the API version in the data (" + apiVersion + ") does not match the expected API version ("
                    + type.apiVersion() + ")");
        }
        if (!kind.asText().equals(type.kind())) {
            throw Errors.badRequest(kind.asText() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": the kind in the data (" + kind.asText() + ") does not match the expected kind (" + type.kind() + ")");
        }
        if (object.has("metadata") && !object.get("metadata").isObject()) {
            throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": metadata must be an object");
        }
        if (type.modelClass() == null) {
            return object;
        }
        try {
            HasMetadata typed = TypeRules.typed(type, object);
            if (!"Ignore".equals(fieldValidation)) {
                // FieldsV1 content is free-form (fabric8 holds it as additionalProperties); the rules count it as unknown
                List<String> unknown = rules.unknownFields(typed).stream().filter(u -> !u.contains(".fieldsV1.")).toList();
                if ("Strict".equals(fieldValidation) && !unknown.isEmpty()) {
                    throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                            + ": strict decoding error: " + String.join(", ", unknown.stream().map(u -> "unknown field \"" + u + "\"").toList()));
                }
                unknown.forEach(u -> warnings.accept("unknown field \"" + u + "\""));
            }
            return TypeRules.tree(typed, object);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": " + firstLine(message));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed object";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
