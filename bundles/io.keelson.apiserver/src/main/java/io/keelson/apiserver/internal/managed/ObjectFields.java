package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.managed.Shapes.ListKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field sets of objects: what an applied configuration sets (structured-merge-diff's ToFieldSet)
 * and what changed between two versions (its Compare: added, modified, removed).
 */
final class ObjectFields {

    /** The outcome of comparing two objects. */
    record Comparison(FieldSet added, FieldSet modified, FieldSet removed) {
        FieldSet changed() {
            return added.union(modified);
        }
    }

    /** Stands for a list item in the field-name path (so an item is not taken for the list field itself). */
    private static final String ITEM = "[]";
    /** Numbers by value: the model writes 30 as a long where stored JSON reads back an int. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };
    private final Shapes shapes;

    ObjectFields(Shapes shapes) {
        this.shapes = shapes;
    }

    FieldSet of(JsonNode config) {
        FieldSet set = FieldSet.empty();
        walk(config, new ArrayList<>(), new ArrayList<>(), set);
        return set;
    }

    private void walk(JsonNode v, List<String> path, List<String> names, FieldSet out) {
        if (v.isObject() && !shapes.atomicObject(names)) {
            if (v.isEmpty() && !path.isEmpty()) {
                out.insert(path);
            }
            v.fields().forEachRemaining(e -> {
                path.add(Shapes.fieldElement(e.getKey()));
                names.add(e.getKey());
                if (e.getValue().isNull()) {
                    out.insert(path);
                } else {
                    walk(e.getValue(), path, names, out);
                }
                names.remove(names.size() - 1);
                path.remove(path.size() - 1);
            });
        } else if (v.isArray() && shapes.listKind(names) != ListKind.ATOMIC && elements(v, names) != null) {
            Map<String, JsonNode> items = elements(v, names);
            boolean set = shapes.listKind(names) == ListKind.SET;
            items.forEach((element, item) -> {
                path.add(element);
                if (!set) {
                    walk(item, path, names, out);
                }
                out.insert(path);
                path.remove(path.size() - 1);
            });
        } else {
            out.insert(path);
        }
    }

    /** The list's items by FieldsV1 element, or null when it must be treated as atomic (an item lacks its key). */
    private Map<String, JsonNode> elements(JsonNode list, List<String> names) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        boolean set = shapes.listKind(names) == ListKind.SET;
        List<String> key = set ? null : shapes.mergeKeys(names);
        for (JsonNode item : list) {
            String element = set ? Shapes.valueElement(item) : Shapes.keyElement(item, key);
            if (element == null || out.containsKey(element)) {
                return null;
            }
            out.put(element, item);
        }
        return out;
    }

    Comparison compare(JsonNode lhs, JsonNode rhs) {
        Comparison c = new Comparison(FieldSet.empty(), FieldSet.empty(), FieldSet.empty());
        compare(lhs, rhs, new ArrayList<>(), new ArrayList<>(), c);
        return c;
    }

    private void compare(JsonNode l, JsonNode r, List<String> path, List<String> names, Comparison c) {
        if (Shapes.valueStruct(names) && (isObject(l) || isObject(r))) {
            l = Shapes.absent(l) ? Shapes.emptyObject() : l;
            r = Shapes.absent(r) ? Shapes.emptyObject() : r;
        }
        boolean lAbsent = Shapes.absent(l);
        boolean rAbsent = Shapes.absent(r);
        if (lAbsent && rAbsent) {
            return;
        }
        JsonNode any = lAbsent ? r : l;
        boolean sameKind = lAbsent || rAbsent || l.getNodeType() == r.getNodeType();
        boolean descended = false;
        if (sameKind && any.isObject() && !shapes.atomicObject(names) && !(emptyOrAbsent(l) && emptyOrAbsent(r))) {
            Set<String> keys = new LinkedHashSet<>();
            if (!lAbsent) {
                l.fieldNames().forEachRemaining(keys::add);
            }
            if (!rAbsent) {
                r.fieldNames().forEachRemaining(keys::add);
            }
            for (String k : keys) {
                path.add(Shapes.fieldElement(k));
                names.add(k);
                compare(lAbsent ? null : l.get(k), rAbsent ? null : r.get(k), path, names, c);
                names.remove(names.size() - 1);
                path.remove(path.size() - 1);
            }
            descended = true;
        } else if (sameKind && any.isArray() && shapes.listKind(names) != ListKind.ATOMIC && !(emptyOrAbsent(l) && emptyOrAbsent(r))) {
            Map<String, JsonNode> li = lAbsent ? Map.of() : elements(l, names);
            Map<String, JsonNode> ri = rAbsent ? Map.of() : elements(r, names);
            if (li != null && ri != null) {
                boolean set = shapes.listKind(names) == ListKind.SET;
                Set<String> keys = new LinkedHashSet<>(li.keySet());
                keys.addAll(ri.keySet());
                for (String k : keys) {
                    path.add(k);
                    if (set) {
                        leaf(li.get(k), ri.get(k), path, c);
                    } else {
                        names.add(ITEM);
                        compare(li.get(k), ri.get(k), path, names, c);
                        names.remove(names.size() - 1);
                    }
                    path.remove(path.size() - 1);
                }
                descended = true;
            }
        }
        if (!descended) {
            leaf(l, r, path, c);
        } else if (path.isEmpty() || Shapes.alwaysPresent(names)) {
            return;
        } else if (lAbsent) {
            c.added().insert(path);
        } else if (rAbsent) {
            c.removed().insert(path);
        }
    }

    private static void leaf(JsonNode l, JsonNode r, List<String> path, Comparison c) {
        if (Shapes.absent(l) && Shapes.absent(r)) {
            return;
        }
        if (Shapes.absent(l)) {
            c.added().insert(path);
        } else if (Shapes.absent(r)) {
            c.removed().insert(path);
        } else if (!l.equals(SAME_NUMBER, r)) {
            c.modified().insert(path);
        }
    }

    private static boolean isObject(JsonNode n) {
        return n != null && n.isObject();
    }

    private static boolean emptyOrAbsent(JsonNode n) {
        return Shapes.absent(n) || (n.isContainerNode() && n.isEmpty());
    }
}
