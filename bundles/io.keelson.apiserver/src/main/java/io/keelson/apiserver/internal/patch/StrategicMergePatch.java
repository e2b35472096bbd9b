package io.keelson.apiserver.internal.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strategic merge patch as kubectl apply sends it: maps merge; lists with a patch merge key merge
 * element by element (containers by name, ports by containerPort or port, ...); other lists are
 * replaced; directives {@code $patch}, {@code $retainKeys}, {@code $setElementOrder/...} and
 * {@code $deleteFromPrimitiveList/...} are honoured.
 */
public final class StrategicMergePatch {

    private static final String SET_ORDER = "$setElementOrder/";
    private static final String DELETE_PRIMITIVE = "$deleteFromPrimitiveList/";

    private StrategicMergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            throw new PatchException("a strategic merge patch must be a JSON object");
        }
        JsonNode result = mergeObject(target != null && target.isObject() ? (ObjectNode) target.deepCopy() : object(), (ObjectNode) patch,
                new ArrayList<>());
        return result == null ? object() : result;
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode mergeObject(ObjectNode original, ObjectNode patch, List<String> path) {
        String directive = patch.path("$patch").asText("");
        if (directive.equals("delete")) {
            return null;
        }
        if (directive.equals("replace")) {
            ObjectNode copy = patch.deepCopy();
            copy.remove("$patch");
            return stripDirectives(copy);
        }
        if (!directive.isEmpty() && !directive.equals("merge")) {
            throw new PatchException("Unknown patch type: " + directive);
        }
        JsonNode retain = patch.get("$retainKeys");
        checkDirectives(patch);
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("$patch") || key.equals("$retainKeys") || key.startsWith(SET_ORDER)) {
                continue;
            }
            if (key.startsWith(DELETE_PRIMITIVE)) {
                deleteFromPrimitiveList(original, key.substring(DELETE_PRIMITIVE.length()), value);
                continue;
            }
            List<String> childPath = new ArrayList<>(path);
            childPath.add(key);
            JsonNode current = original.get(key);
            if (value.isNull()) {
                original.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                ObjectNode merged = mergeObject((ObjectNode) current, (ObjectNode) value, childPath);
                if (merged == null) {
                    original.remove(key);
                } else {
                    original.set(key, merged);
                }
            } else if (value.isArray()) {
                original.set(key, mergeList(current, (ArrayNode) value, childPath));
            } else if (value.isObject()) {
                ObjectNode merged = mergeObject(object(), (ObjectNode) value, childPath);
                if (merged != null) {
                    original.set(key, merged);
                }
            } else {
                original.set(key, value.deepCopy());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith(SET_ORDER) && original.get(e.getKey().substring(SET_ORDER.length())) instanceof ArrayNode list) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(e.getKey().substring(SET_ORDER.length()));
                original.set(e.getKey().substring(SET_ORDER.length()), order(list, (ArrayNode) e.getValue(), MergeKeys.of(childPath)));
            }
        }
        if (retain != null && retain.isArray()) {
            Set<String> keep = new HashSet<>();
            retain.forEach(k -> keep.add(k.asText()));
            original.fieldNames().forEachRemaining(k -> {
            });
            List<String> drop = new ArrayList<>();
            original.fieldNames().forEachRemaining(k -> {
                if (!keep.contains(k)) {
                    drop.add(k);
                }
            });
            drop.forEach(original::remove);
        }
        return original;
    }

    /** Directive values of the wrong shape, refused as Kubernetes' strategicpatch refuses them. */
    private static void checkDirectives(ObjectNode patch) {
        JsonNode retain = patch.get("$retainKeys");
        if (retain != null && !(retain.isArray() && allText(retain))) {
            throw PatchException.badFormat("invalid patch format of retainKeys");
        }
        patch.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith(SET_ORDER) && !e.getValue().isArray()) {
                throw PatchException.badFormat("invalid patch format of setElementOrder list");
            }
            if (e.getKey().startsWith(DELETE_PRIMITIVE) && !e.getValue().isArray()) {
                throw PatchException.badFormat("invalid patch format of primitive list");
            }
        });
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode mergeList(JsonNode current, ArrayNode patch, List<String> path) {
        String key = MergeKeys.of(path);
        for (JsonNode item : patch) {
            if (item.isObject() && "replace".equals(item.path("$patch").asText())) {
                ArrayNode replaced = JsonNodeFactory.instance.arrayNode();
                patch.forEach(i -> {
                    if (!(i.isObject() && i.has("$patch"))) {
                        replaced.add(stripDirectives(i.deepCopy()));
                    }
                });
                return replaced;
            }
        }
        if (current == null || !current.isArray() || key == null) {
            if (key == MergeKeys.PRIMITIVE_MERGE && current != null && current.isArray()) {
                ArrayNode union = (ArrayNode) current.deepCopy();
                patch.forEach(v -> {
                    if (!contains(union, v)) {
                        union.add(v.deepCopy());
                    }
                });
                return union;
            }
            ArrayNode fresh = JsonNodeFactory.instance.arrayNode();
            patch.forEach(i -> {
                if (!(i.isObject() && "delete".equals(i.path("$patch").asText()))) {
                    fresh.add(stripDirectives(i.deepCopy()));
                }
            });
            return fresh;
        }
        if (key == MergeKeys.PRIMITIVE_MERGE) {
            ArrayNode union = (ArrayNode) current.deepCopy();
            patch.forEach(v -> {
                if (!contains(union, v)) {
                    union.add(v.deepCopy());
                }
            });
            return union;
        }
        ArrayNode result = (ArrayNode) current.deepCopy();
        for (JsonNode item : patch) {
            if (!item.isObject()) {
                throw new PatchException("list items of " + String.join(".", path) + " must be objects with merge key " + key);
            }
            JsonNode id = item.get(key);
            int at = indexOf(result, key, id);
            if ("delete".equals(item.path("$patch").asText())) {
                if (at >= 0) {
                    result.remove(at);
                }
            } else if (at >= 0) {
                ObjectNode merged = mergeObject((ObjectNode) result.get(at), (ObjectNode) item, path);
                result.set(at, merged);
            } else {
                ObjectNode added = mergeObject(object(), (ObjectNode) item, path);
                if (added != null) {
                    result.add(added);
                }
            }
        }
        return result;
    }

    private static ArrayNode order(ArrayNode list, ArrayNode order, String key) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        Set<Integer> used = new HashSet<>();
        for (JsonNode o : order) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                boolean same = key == null || key == MergeKeys.PRIMITIVE_MERGE ? item.equals(o) : item.path(key).equals(o.path(key));
                if (!used.contains(i) && same) {
                    out.add(item);
                    used.add(i);
                    break;
                }
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (!used.contains(i)) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    private static void deleteFromPrimitiveList(ObjectNode original, String field, JsonNode values) {
        if (original.get(field) instanceof ArrayNode list && values.isArray()) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (contains((ArrayNode) values, list.get(i))) {
                    list.remove(i);
                }
            }
        }
    }

    private static boolean contains(ArrayNode list, JsonNode v) {
        for (JsonNode n : list) {
            if (n.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(ArrayNode list, String key, JsonNode id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path(key).equals(id == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T extends JsonNode> T stripDirectives(T node) {
        if (node instanceof ObjectNode o) {
            List<String> drop = new ArrayList<>();
            o.fieldNames().forEachRemaining(k -> {
                if (k.startsWith("$")) {
                    drop.add(k);
                }
            });
            drop.forEach(o::remove);
            o.forEach(StrategicMergePatch::stripDirectives);
        } else if (node instanceof ArrayNode a) {
            a.forEach(StrategicMergePatch::stripDirectives);
        }
        return node;
    }
}
