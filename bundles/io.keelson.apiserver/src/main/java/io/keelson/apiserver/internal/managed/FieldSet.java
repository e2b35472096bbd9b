package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of field paths as structured-merge-diff keeps them, in FieldsV1 form: children are keyed
 * {@code f:<field>}, {@code k:<json key>}, {@code v:<json value>} or {@code i:<index>}; a node that
 * is itself in the set is a "member" ({@code ".": {}} when it also has children).
 */
public final class FieldSet {

    private boolean member;
    private final TreeMap<String, FieldSet> children = new TreeMap<>();

    public static FieldSet empty() {
        return new FieldSet();
    }

    public void insert(List<String> path) {
        FieldSet node = this;
        for (String element : path) {
            node = node.children.computeIfAbsent(element, k -> new FieldSet());
        }
        node.member = true;
    }

    public boolean contains(List<String> path) {
        FieldSet node = this;
        for (String element : path) {
            node = node.children.get(element);
            if (node == null) {
                return false;
            }
        }
        return node.member;
    }

    /** Whether the path or anything below it is a member (structured-merge-diff keeps such a node when pruning). */
    public boolean ownsAtOrBelow(List<String> path) {
        FieldSet node = this;
        for (String element : path) {
            node = node.children.get(element);
            if (node == null) {
                return false;
            }
        }
        return !node.isEmpty();
    }

    public boolean isEmpty() {
        return !member && children.values().stream().allMatch(FieldSet::isEmpty);
    }

    public FieldSet union(FieldSet other) {
        FieldSet out = copy();
        out.addAll(other);
        return out;
    }

    /** Adds every member of {@code other} to this set. */
    public void insertAll(FieldSet other) {
        addAll(other);
    }

    private void addAll(FieldSet other) {
        member |= other.member;
        other.children.forEach((k, v) -> children.computeIfAbsent(k, x -> new FieldSet()).addAll(v));
    }

    /** Members of this set that are not members of {@code other}. */
    public FieldSet difference(FieldSet other) {
        return combine(other, false);
    }

    public FieldSet intersection(FieldSet other) {
        return combine(other, true);
    }

    private FieldSet combine(FieldSet other, boolean intersect) {
        FieldSet out = new FieldSet();
        out.member = member && (intersect == (other != null && other.member));
        children.forEach((k, v) -> {
            FieldSet o = other == null ? null : other.children.get(k);
            FieldSet c = intersect && o == null ? new FieldSet() : v.combine(o, intersect);
            if (!c.isEmpty()) {
                out.children.put(k, c);
            }
        });
        return out;
    }

    /** This set without every path that lies at or below a member of {@code prefixes}. */
    public FieldSet withoutSubtrees(FieldSet prefixes) {
        FieldSet out = new FieldSet();
        out.member = member;
        children.forEach((k, v) -> {
            FieldSet p = prefixes.children.get(k);
            if (p == null) {
                out.children.put(k, v.copy());
            } else if (!p.member) {
                FieldSet c = v.withoutSubtrees(p);
                if (!c.isEmpty()) {
                    out.children.put(k, c);
                }
            }
        });
        return out;
    }

    public FieldSet copy() {
        return new FieldSet().union0(this);
    }

    private FieldSet union0(FieldSet other) {
        addAll(other);
        return this;
    }

    /** Every member path, parents before children, in FieldsV1 key order. */
    public List<List<String>> members() {
        List<List<String>> out = new ArrayList<>();
        collect(new ArrayList<>(), out);
        return out;
    }

    private void collect(List<String> prefix, List<List<String>> out) {
        if (member) {
            out.add(List.copyOf(prefix));
        }
        children.forEach((k, v) -> {
            prefix.add(k);
            v.collect(prefix, out);
            prefix.remove(prefix.size() - 1);
        });
    }

    /** The FieldsV1 JSON of this set. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        if (member && !children.isEmpty()) {
            out.putObject(".");
        }
        children.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.set(k, v.toJson());
            }
        });
        return out;
    }

    public static FieldSet fromJson(JsonNode fieldsV1) {
        FieldSet set = new FieldSet();
        if (fieldsV1 != null && fieldsV1.isObject()) {
            set.read((ObjectNode) fieldsV1);
        }
        return set;
    }

    private void read(ObjectNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(".")) {
                member = true;
            } else if (e.getValue().isObject()) {
                FieldSet child = children.computeIfAbsent(e.getKey(), k -> new FieldSet());
                if (e.getValue().isEmpty()) {
                    child.member = true;
                } else {
                    child.read((ObjectNode) e.getValue());
                }
            }
        }
    }

    /** A path as structured-merge-diff prints it: {@code .spec.containers[name="nginx"].image}. */
    public static String pathString(List<String> path) {
        StringBuilder s = new StringBuilder();
        for (String element : path) {
            String body = element.substring(2);
            switch (element.charAt(0)) {
                case 'f' -> s.append('.').append(body);
                case 'v' -> s.append("[=").append(body).append(']');
                case 'i' -> s.append('[').append(body).append(']');
                default -> s.append('[').append(keyString(body)).append(']');
            }
        }
        return s.toString();
    }

    private static String keyString(String json) {
        List<String> parts = new ArrayList<>();
        try {
            Json.MAPPER.readTree(json).fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().toString()));
        } catch (java.io.IOException e) {
            return json;
        }
        return String.join(",", parts);
    }
}
