package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.managed.SchemaErrors;
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

    /** Refuses trailing data after the document, as Go's decoder does ("invalid character 'x' after top-level value"). */
    private static final com.fasterxml.jackson.databind.ObjectReader READER = Json.MAPPER.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw Errors.badRequest("the request body is empty; it must be a JSON object");
        }
        try {
            JsonNode n = READER.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw Errors.badRequest("the request body is empty; it must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw Errors.badRequest("the request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw Errors.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /** Repeated fields of a body: Strict refuses them (400), Warn reports each, Ignore keeps the last value silently. */
    public static void duplicates(ResourceType type, byte[] body, String fieldValidation, Consumer<String> warnings) {
        if ("Ignore".equals(fieldValidation) || body.length == 0 || body[0] == 'k') {
            return; // "k8s\0": a protobuf body was decoded already and has no duplicates
        }
        List<String> dups = DuplicateFields.of(body);
        if (dups.isEmpty()) {
            return;
        }
        if ("Strict".equals(fieldValidation)) {
            throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": strict decoding error: " + String.join(", ", dups.stream().map(d -> "duplicate field \"" + d + "\"").toList()));
        }
        dups.forEach(d -> warnings.accept("duplicate field \"" + d + "\""));
    }

    /**
     * Checks an object tree as the type and returns it normalised through the model class, unknown
     * fields dropped: {@code fieldValidation} Strict rejects them (400), Warn (the default) reports each
     * to {@code warnings}, Ignore drops them silently.
     */
    public static ObjectNode check(TypeRules rules, ResourceType type, JsonNode node, String fieldValidation, Consumer<String> warnings) {
        return check(rules, type, node, fieldValidation, warnings, true);
    }

    /**
     * {@code defaultKind}: a body without apiVersion or kind takes them from the URL. Without it the body is a
     * server-side apply configuration, whose undeclared fields fail whatever fieldValidation says (500, as
     * Kubernetes' conversion to a typed value fails).
     */
    public static ObjectNode check(TypeRules rules, ResourceType type, JsonNode node, String fieldValidation, Consumer<String> warnings,
            boolean defaultKind) {
        if (!(node instanceof ObjectNode object)) {
            throw Errors.badRequest("the request body must be a JSON object, got " + node.getNodeType().toString().toLowerCase());
        }
        // as the decoder's default group-version-kind: what the body leaves out comes from the URL
        for (String field : new String[] {"kind", "apiVersion"}) {
            JsonNode v = object.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw Errors.badRequest("couldn't get version/kind; json parse error: json: cannot unmarshal " + v.getNodeType().toString()
                        .toLowerCase() + " into Go struct field .." + field + " of type string");
            }
            if (!defaultKind && (v == null || v.asText().isEmpty())) {
                throw Errors.badRequest("Object 'Kind' is missing in '" + firstLine(object.toString()) + "'");
            }
        }
        if (object.path("kind").asText("").isEmpty()) {
            object.put("kind", type.kind());
        }
        if (object.path("apiVersion").asText("").isEmpty()) {
            object.put("apiVersion", type.apiVersion());
        }
        Timestamps.check(type, object);
        JsonNode kind = object.get("kind");
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
            HasMetadata typed = TypeRules.typedStrictly(type, object);
            Base64Data.check(type, object);
            if (!"Ignore".equals(fieldValidation) || !defaultKind) {
                // FieldsV1 content is free-form (fabric8 holds it as additionalProperties); the rules count it as unknown
                List<String> unknown = rules.unknownFields(typed).stream().filter(u -> !u.contains(".fieldsV1.")).toList();
                if (!defaultKind && !unknown.isEmpty()) {
                    throw SchemaErrors.undeclared(type, object, unknown);
                }
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

}
