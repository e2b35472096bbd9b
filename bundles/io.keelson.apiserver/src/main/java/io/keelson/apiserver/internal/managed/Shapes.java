package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.patch.MergeKeys;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.List;
import java.util.Set;

/**
 * How field ownership treats a JSON node, judged from the JSON and its field path (the practical
 * stand-in for structured-merge-diff's schema): lists with a strategic merge key are maps keyed by
 * it, finalizers a set, other lists atomic; label selectors are atomic structs.
 */
final class Shapes {

    enum ListKind { ATOMIC, KEYED, SET }

    /** Fields Go holds as values, not pointers: always present (maybe empty) in a Go object, so never "added". */
    private static final Set<String> VALUE_STRUCTS = Set.of("metadata", "spec", "status", "template", "strategy", "updateStrategy",
            "jobTemplate");
    /** Lists Go serialises without omitempty (as null when empty): present in any Go object, so never "added" themselves. */
    private static final Set<String> NULL_LISTS = Set.of("containers", "rules", "endpoints");
    private static final Set<String> ATOMIC_SELECTORS = Set.of("selector", "labelSelector", "namespaceSelector");

    private final ResourceType type;

    Shapes(ResourceType type) {
        this.type = type;
    }

    ListKind listKind(List<String> names) {
        String key = names.isEmpty() ? null : MergeKeys.of(names);
        if (key == null) {
            return ListKind.ATOMIC;
        }
        return key.equals(MergeKeys.PRIMITIVE_MERGE) ? ListKind.SET : ListKind.KEYED;
    }

    String mergeKey(List<String> names) {
        return MergeKeys.of(names);
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

    /** The FieldsV1 element of a keyed list item, or null when it lacks the key. */
    static String keyElement(JsonNode item, String key) {
        if (!item.isObject() || !item.has(key) || item.get(key).isNull()) {
            return null;
        }
        ObjectNode k = Json.object();
        k.set(key, item.get(key));
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
