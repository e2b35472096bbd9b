package io.keelson.apiserver.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 6902 JSON patch: add, remove, replace, move, copy, test. */
public final class JsonPatch {

    private JsonPatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch.isNull()) {
            return target.deepCopy(); // Go decodes null into an empty patch
        }
        if (!patch.isArray()) {
            throw PatchException.badFormat(notDecodable(patch, "jsonpatch.Patch"));
        }
        for (JsonNode op : patch) {
            if (!op.isObject() && !op.isNull()) {
                throw PatchException.badFormat(notDecodable(op, "jsonpatch.Operation"));
            }
        }
        JsonNode doc = target.deepCopy();
        for (JsonNode op : patch) {
            String kind = op.path("op").asText("");
            String path = required(op, "path");
            switch (kind) {
                case "add" -> doc = add(doc, path, value(op));
                case "remove" -> doc = remove(doc, path);
                case "replace" -> {
                    get(doc, path);
                    doc = add(remove(doc, path), path, value(op));
                }
                case "move" -> {
                    String from = required(op, "from");
                    JsonNode v = get(doc, from);
                    doc = add(remove(doc, from), path, v);
                }
                case "copy" -> doc = add(doc, path, get(doc, required(op, "from")).deepCopy());
                case "test" -> {
                    if (!get(doc, path).equals(value(op))) {
                        throw new PatchException("testing value " + path + " failed");
                    }
                }
                default -> throw new PatchException("Unexpected kind: " + kind);
            }
        }
        return doc;
    }

    /** encoding/json's UnmarshalTypeError, which Kubernetes answers with as it is (400). */
    private static String notDecodable(JsonNode value, String goType) {
        String kind = value.isObject() ? "object" : value.isArray() ? "array" : value.isTextual() ? "string"
                : value.isBoolean() ? "bool" : "number";
        return "json: cannot unmarshal " + kind + " into Go value of type " + goType;
    }

    private static String required(JsonNode op, String field) {
        JsonNode v = op.get(field);
        if (v == null || !v.isTextual()) {
            throw new PatchException("operation missing '" + field + "' key");
        }
        return v.asText();
    }

    private static JsonNode value(JsonNode op) {
        if (!op.has("value")) {
            throw new PatchException("operation missing 'value' key");
        }
        return op.get("value").deepCopy();
    }

    static List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new PatchException("JSON pointer must start with '/': " + pointer);
        }
        List<String> out = new ArrayList<>();
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static JsonNode get(JsonNode doc, String pointer) {
        JsonNode n = doc;
        for (String t : tokens(pointer)) {
            n = n.isArray() ? n.get(index(t, n.size() - 1)) : n.isObject() ? n.get(t) : null;
            if (n == null) {
                throw new PatchException("doc is missing path: \"" + pointer + "\": missing value");
            }
        }
        return n;
    }

    private static int index(String token, int max) {
        try {
            int i = Integer.parseInt(token);
            if (i < 0 || i > max) {
                throw new PatchException("index out of bounds: " + token);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new PatchException("invalid array index: " + token);
        }
    }

    private static JsonNode add(JsonNode doc, String pointer, JsonNode value) {
        List<String> t = tokens(pointer);
        if (t.isEmpty()) {
            return value;
        }
        JsonNode parent = get(doc, parentOf(pointer));
        String last = t.get(t.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
            } else {
                a.insert(index(last, a.size()), value);
            }
        } else {
            throw new PatchException("doc is missing path: \"" + pointer + "\": missing value");
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, String pointer) {
        List<String> t = tokens(pointer);
        if (t.isEmpty()) {
            throw new PatchException("cannot remove the whole document");
        }
        JsonNode parent = get(doc, parentOf(pointer));
        String last = t.get(t.size() - 1);
        if (parent instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(last, a.size() - 1));
        } else {
            throw new PatchException("doc is missing path: \"" + pointer + "\": missing value");
        }
        return doc;
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
