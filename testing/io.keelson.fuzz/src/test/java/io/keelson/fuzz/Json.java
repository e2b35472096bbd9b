package io.keelson.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON helpers: strict parsing (what Go's encoding/json accepts), pointers that create what is missing, a tiny YAML writer. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Whether a body is one well-formed JSON value: no comments, NaN, single quotes, control characters or trailing tokens. */
    static boolean wellFormed(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            STRICT.readTree(body);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Sets the value at a JSON pointer such as {@code /spec/containers/0/name}, creating objects on the way. */
    static void setAt(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = at.isArray() ? at.path(Integer.parseInt(parts[i])) : at.get(parts[i]);
            if (child == null || child.isMissingNode() || !(child.isContainerNode())) {
                child = at.isObject() ? ((ObjectNode) at).putObject(parts[i]) : ((ArrayNode) at).addObject();
            }
            at = child;
        }
        String last = parts[parts.length - 1];
        if (at.isArray()) {
            ArrayNode a = (ArrayNode) at;
            int index = Integer.parseInt(last);
            if (index < a.size()) {
                a.set(index, value);
            } else {
                a.add(value);
            }
        } else {
            ((ObjectNode) at).set(last, value);
        }
    }

    /** Deep-merges {@code extra} into {@code target} (objects merged, everything else replaced). */
    static void merge(ObjectNode target, ObjectNode extra) {
        for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode x) {
                merge(o, x);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Block-style YAML for an object; strings are written as JSON strings, which YAML reads the same. */
    static String yaml(JsonNode node) {
        StringBuilder out = new StringBuilder();
        yaml(node, 0, out);
        return out.toString();
    }

    private static void yaml(JsonNode node, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append(pad).append("{}\n");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(pad).append(quote(e.getKey())).append(":");
                child(e.getValue(), indent, out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append(pad).append("[]\n");
            }
            for (JsonNode item : node) {
                out.append(pad).append("-");
                child(item, indent, out);
            }
        } else {
            out.append(pad).append(scalar(node)).append('\n');
        }
    }

    private static void child(JsonNode value, int indent, StringBuilder out) {
        if (value.isContainerNode() && !value.isEmpty()) {
            out.append('\n');
            yaml(value, indent + 2, out);
        } else if (value.isContainerNode()) {
            out.append(value.isObject() ? " {}\n" : " []\n");
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(JsonNode v) {
        return v.isTextual() ? quote(v.asText()) : v.toString();
    }

    private static String quote(String s) {
        return write(MAPPER.getNodeFactory().textNode(s));
    }
}
