package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.patch.MergeKeys;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How field ownership treats a JSON node, judged from the JSON and its field path (the practical
 * stand-in for structured-merge-diff's schema): lists with list-map keys are maps keyed by those
 * fields, finalizers a set, other lists atomic; label selectors are atomic structs.
 */
final class Shapes {

    enum ListKind { ATOMIC, KEYED, SET }

    /** Fields Go holds as values, not pointers: always present (maybe empty) in a Go object, so never "added". */
    private static final Set<String> VALUE_STRUCTS = Set.of("metadata", "spec", "status", "template", "strategy", "updateStrategy",
            "jobTemplate");
    /** Lists Go serialises without omitempty (as null when empty): present in any Go object, so never "added" themselves. */
    private static final Set<String> NULL_LISTS = Set.of("containers", "rules", "endpoints");
    private static final Set<String> ATOMIC_SELECTORS = Set.of("selector", "labelSelector", "namespaceSelector");

    private static final List<String> JOB_CONDITIONS = List.of("status", "conditions");
    private final ResourceType type;

    Shapes(ResourceType type) {
        this.type = type;
    }

    /** Defaults of key fields (+default in the Go types): an item without the field is keyed by the default. */
    private static final Map<String, JsonNode> KEY_DEFAULTS = Map.of("protocol", TextNode.valueOf("TCP"));

    ListKind listKind(List<String> names) {
        if (names.isEmpty()) {
            return ListKind.ATOMIC;
        }
        if (MergeKeys.PRIMITIVE_MERGE.equals(MergeKeys.of(names))) {
            return ListKind.SET;
        }
        if (type != null && type.group().equals("batch") && type.kind().equals("Job") && names.equals(JOB_CONDITIONS)) {
            return ListKind.ATOMIC; // JobStatus.Conditions is +listType=atomic, unlike other conditions lists
        }
        return MergeKeys.listMapKeys(names) == null ? ListKind.ATOMIC : ListKind.KEYED;
    }

    /** The list-map key fields of a KEYED list. */
    List<String> mergeKeys(List<String> names) {
        return MergeKeys.listMapKeys(names);
    }

    /** Structs replaced as a whole (metav1.LabelSelector is +structType=atomic; Service's selector is a plain map). */
    boolean atomicObject(List<String> names) {
        if (names.isEmpty() || !ATOMIC_SELECTORS.contains(names.get(names.size() - 1))) {
            return false;
        }
        boolean plainMap = names.equals(List.of("spec", "selector")) && type.group().isEmpty()
                && (type.plural().equals("services") || type.plural().equals("replicationcontrollers"));
        return !plainMap;
    }

    static boolean valueStruct(List<String> names) {
        return !names.isEmpty() && VALUE_STRUCTS.contains(names.get(names.size() - 1));
    }

    /** Whether Go always has this field, so adding content under it never adds the field itself. */
    static boolean alwaysPresent(List<String> names) {
        return valueStruct(names) || (!names.isEmpty() && NULL_LISTS.contains(names.get(names.size() - 1)));
    }

    /**
     * The FieldsV1 element of a keyed list item, {@code k:{"port":80,"protocol":"TCP"}} (fields by
     * name, as structured-merge-diff sorts them), or null when it lacks a key field that has no default.
     */
    static String keyElement(JsonNode item, List<String> keys) {
        if (!item.isObject()) {
            return null;
        }
        ObjectNode k = Json.object();
        for (String key : new TreeSet<>(keys)) {
            JsonNode v = absent(item.get(key)) ? KEY_DEFAULTS.get(key) : item.get(key);
            if (v == null) {
                return null;
            }
            k.set(key, v);
        }
        return "k:" + k;
    }

    static String valueElement(JsonNode item) {
        return "v:" + item.toString();
    }

    static String fieldElement(String name) {
        return "f:" + name;
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    static JsonNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
