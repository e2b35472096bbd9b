package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers of an object and the fields each owns: metadata.managedFields decoded, keyed by the
 * manager identity Kubernetes uses (name, operation, subresource, and apiVersion for Update).
 */
final class Managers {

    /** One managedFields entry. */
    record Entry(String manager, String operation, String apiVersion, String time, String subresource, FieldSet fields) {

        String identity() {
            return manager + "\u0000" + operation + "\u0000" + (operation.equals("Apply") ? "" : apiVersion) + "\u0000"
                    + (subresource == null ? "" : subresource);
        }

        Entry with(FieldSet newFields, String newTime) {
            return new Entry(manager, operation, apiVersion, newTime, subresource, newFields);
        }

        /** How conflicts name the manager: {@code "x"}, {@code "x" with subresource "s"}, {@code ... using apps/v1}. */
        String describe() {
            String s = '"' + manager + '"';
            if (subresource != null && !subresource.isEmpty()) {
                s += " with subresource \"" + subresource + '"';
            }
            return operation.equals("Update") ? s + " using " + apiVersion : s;
        }
    }

    final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Decodes managedFields; null when they are missing or malformed (the caller then uses another source). */
    static Managers decode(JsonNode managedFields) {
        Managers m = new Managers();
        if (managedFields == null || !managedFields.isArray()) {
            return null;
        }
        for (JsonNode e : managedFields) {
            String manager = e.path("manager").asText("");
            String operation = e.path("operation").asText("");
            if (!e.isObject() || !(operation.equals("Apply") || operation.equals("Update"))
                    || !e.path("fieldsType").asText("FieldsV1").equals("FieldsV1")) {
                return null;
            }
            Entry entry = new Entry(manager, operation, e.path("apiVersion").asText(""), e.path("time").asText(null),
                    e.path("subresource").asText(null), FieldSet.fromJson(e.get("fieldsV1")));
            m.entries.put(entry.identity(), entry);
        }
        return m;
    }

    /** Encodes the entries in Kubernetes' order: Apply before Update, then oldest first, then by name. */
    ArrayNode encode() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.removeIf(e -> e.fields().isEmpty());
        sorted.sort(Comparator.comparing(Entry::operation).thenComparing(e -> e.time() == null ? "" : e.time())
                .thenComparing(Entry::manager).thenComparing(Entry::apiVersion)
                .thenComparing(e -> e.subresource() == null ? "" : e.subresource()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Entry e : sorted) {
            ObjectNode n = out.addObject().put("manager", e.manager()).put("operation", e.operation()).put("apiVersion", e.apiVersion());
            if (e.time() != null) {
                n.put("time", e.time());
            }
            n.put("fieldsType", "FieldsV1");
            n.set("fieldsV1", e.fields().toJson());
            if (e.subresource() != null && !e.subresource().isEmpty()) {
                n.put("subresource", e.subresource());
            }
        }
        return out;
    }

    /** Every other manager loses the fields the change touched; returns those it would have lost by conflict. */
    Map<Entry, FieldSet> release(String self, ObjectFields.Comparison change, boolean collectConflicts) {
        Map<Entry, FieldSet> conflicts = new LinkedHashMap<>();
        FieldSet changed = change.changed();
        for (Map.Entry<String, Entry> e : new ArrayList<>(entries.entrySet())) {
            if (e.getKey().equals(self)) {
                continue;
            }
            Entry entry = e.getValue();
            FieldSet lost = entry.fields().intersection(changed);
            if (collectConflicts && !lost.isEmpty()) {
                conflicts.put(entry, lost);
            }
            entries.put(e.getKey(), entry.with(entry.fields().difference(changed).difference(change.removed()), entry.time()));
        }
        return conflicts;
    }
}
