package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.io.IOException;

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

    /** A mapper that writes no "additionalProperties": fabric8 keeps unknown fields there, Kubernetes drops them. */
    private static final com.fasterxml.jackson.databind.ObjectMapper KNOWN_ONLY = Json.MAPPER.copy()
            .setAnnotationIntrospector(new com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector() {
                private static final long serialVersionUID = 1L;

                @Override
                public Boolean hasAnyGetter(com.fasterxml.jackson.databind.introspect.Annotated a) {
                    return Boolean.FALSE;
                }
            });

    public static ObjectNode decode(ResourceType type, byte[] body, String fieldValidation) {
        JsonNode node = parse(body);
        return check(type, node, fieldValidation);
    }

    /** Checks an object tree as the type and returns it normalised through the model class, unknown fields dropped. */
    public static ObjectNode check(ResourceType type, JsonNode node, String fieldValidation) {
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
            Object typed = Json.MAPPER.treeToValue(object, type.modelClass());
            ObjectNode known = KNOWN_ONLY.valueToTree(typed);
            // fabric8 keeps FieldsV1 in additionalProperties, which KNOWN_ONLY drops: carry managedFields over as sent
            JsonNode managed = object.path("metadata").get("managedFields");
            if (managed != null && managed.isArray()) {
                Json.metadata(known).set("managedFields", managed);
            }
            if ("Strict".equals(fieldValidation)) {
                java.util.List<String> unknown = new java.util.ArrayList<>();
                unknownFields(object, known, "", unknown);
                if (!unknown.isEmpty()) {
                    throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                            + ": strict decoding error: " + String.join(", ", unknown.stream().map(u -> "unknown field \"" + u + "\"").toList()));
                }
            }
            return known;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": " + firstLine(message));
        }
    }

    /** Paths with a non-empty value in the input that the model did not keep. */
    private static void unknownFields(JsonNode in, JsonNode out, String path, java.util.List<String> unknown) {
        if (in.isObject()) {
            in.fields().forEachRemaining(e -> {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                JsonNode o = out == null ? null : out.get(e.getKey());
                if (o == null) {
                    if (!isEmpty(e.getValue())) {
                        unknown.add(p);
                    }
                } else {
                    unknownFields(e.getValue(), o, p, unknown);
                }
            });
        } else if (in.isArray() && out != null && out.isArray() && in.size() == out.size()) {
            for (int i = 0; i < in.size(); i++) {
                unknownFields(in.get(i), out.get(i), path + "[" + i + "]", unknown);
            }
        }
    }

    private static boolean isEmpty(JsonNode v) {
        return v.isNull() || (v.isContainerNode() && v.isEmpty()) || (v.isTextual() && v.asText().isEmpty());
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
