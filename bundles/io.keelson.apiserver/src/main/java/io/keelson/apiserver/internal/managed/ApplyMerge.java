package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.managed.Shapes.ListKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges an applied configuration into the live object (maps by field, keyed lists by key, sets
 * by value, everything else replaced) and removes fields an applier gave up.
 */
final class ApplyMerge {

    private final Shapes shapes;

    ApplyMerge(Shapes shapes) {
        this.shapes = shapes;
    }

    ObjectNode merge(ObjectNode live, ObjectNode config) {
        return (ObjectNode) merge(live, config, new ArrayList<>());
    }

    private JsonNode merge(JsonNode live, JsonNode config, List<String> names) {
        if (Shapes.absent(live) || live.getNodeType() != config.getNodeType()) {
            return config.deepCopy();
        }
        if (config.isObject() && !shapes.atomicObject(names)) {
            ObjectNode out = ((ObjectNode) live).deepCopy();
            config.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    out.remove(e.getKey());
                    return;
                }
                names.add(e.getKey());
                out.set(e.getKey(), merge(live.get(e.getKey()), e.getValue(), names));
                names.remove(names.size() - 1);
            });
            return out;
        }
        if (config.isArray() && shapes.listKind(names) == ListKind.SET) {
            ArrayNode out = ((ArrayNode) live).deepCopy();
            config.forEach(v -> {
                if (!contains(out, v)) {
                    out.add(v.deepCopy());
                }
            });
            return out;
        }
        if (config.isArray() && shapes.listKind(names) == ListKind.KEYED) {
            return mergeKeyed((ArrayNode) live, (ArrayNode) config, names);
        }
        return config.deepCopy();
    }

    private JsonNode mergeKeyed(ArrayNode live, ArrayNode config, List<String> names) {
        List<String> key = shapes.mergeKeys(names);
        for (JsonNode item : config) {
            if (Shapes.keyElement(item, key) == null) {
                return config.deepCopy();
            }
        }
        ArrayNode out = live.deepCopy();
        for (JsonNode item : config) {
            String element = Shapes.keyElement(item, key);
            int at = indexOf(out, key, element);
            if (at < 0) {
                out.add(item.deepCopy());
            } else {
                out.set(at, merge(out.get(at), item, names));
            }
        }
        return out;
    }

    /**
     * Removes the member paths of {@code paths} that nobody in {@code kept} owns at or below (so a map
     * stays while another manager owns one of its keys), parents first: a removed item takes its fields along.
     */
    void remove(ObjectNode object, FieldSet paths, FieldSet kept) {
        List<List<String>> members = paths.members();
        members.sort(Comparator.comparingInt(List::size));
        for (List<String> path : members) {
            if (!kept.ownsAtOrBelow(path)) {
                removePath(object, path, new ArrayList<>());
            }
        }
    }

    private void removePath(JsonNode node, List<String> path, List<String> names) {
        String element = path.get(0);
        boolean last = path.size() == 1;
        if (element.startsWith("f:") && node instanceof ObjectNode o) {
            String field = element.substring(2);
            if (last) {
                o.remove(field);
            } else if (o.has(field)) {
                names.add(field);
                removePath(o.get(field), path.subList(1, path.size()), names);
            }
        } else if (node instanceof ArrayNode a) {
            int at = -1;
            for (int i = 0; i < a.size() && at < 0; i++) {
                JsonNode item = a.get(i);
                String e = element.startsWith("v:") ? Shapes.valueElement(item) : element.startsWith("k:")
                        ? Shapes.keyElement(item, shapes.mergeKeys(names)) : "i:" + i;
                at = element.equals(e) ? i : -1;
            }
            if (at >= 0 && last) {
                a.remove(at);
            } else if (at >= 0) {
                removePath(a.get(at), path.subList(1, path.size()), names);
            }
        }
    }

    private static int indexOf(ArrayNode list, List<String> key, String element) {
        for (int i = 0; i < list.size(); i++) {
            if (element.equals(Shapes.keyElement(list.get(i), key))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(ArrayNode list, JsonNode v) {
        for (JsonNode n : list) {
            if (n.equals(v)) {
                return true;
            }
        }
        return false;
    }
}
