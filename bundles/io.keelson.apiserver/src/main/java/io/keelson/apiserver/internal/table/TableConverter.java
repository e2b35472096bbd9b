package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.TypeRules;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.time.Instant;
import java.util.List;

/**
 * meta.k8s.io/v1 Table responses for {@code Accept: application/json;as=Table;v=v1;g=meta.k8s.io},
 * with the columns and cells of Kubernetes' printers (io.keelson.apis); NAME and AGE for types without.
 */
public final class TableConverter {

    private TableConverter() {
    }

    public static boolean wanted(String accept) {
        return accept != null && accept.contains("as=Table") && accept.contains("g=meta.k8s.io");
    }

    /**
     * Refuses an includeObject other than None, Metadata, Object or empty, as Kubernetes' asTable does when it fills a
     * row (so a Table without rows is no error): 400 "unrecognized includeObject value".
     */
    public static void checkIncludeObject(String includeObject) {
        if (includeObject != null && !includeObject.isEmpty() && !includeObject.equals("None") && !includeObject.equals("Metadata")
                && !includeObject.equals("Object")) {
            throw io.keelson.apiserver.internal.errors.Errors.badRequest("unrecognized includeObject value: "
                    + Json.MAPPER.valueToTree(includeObject));
        }
    }

    /** includeObject: None, Metadata (default) or Object. */
    public static ObjectNode table(TypeRules rules, ResourceType type, List<ObjectNode> objects, String listRevision, String continueToken,
            String includeObject, Instant now) {
        ObjectNode table = header(rules, type, listRevision, continueToken, null);
        ArrayNode rows = table.putArray("rows");
        for (ObjectNode o : objects) {
            rows.add(row(rules, type, o, includeObject, now));
        }
        return table;
    }

    /** The Table without its rows: kind, apiVersion, metadata (the list's, remainingItemCount too) and the column definitions. */
    public static ObjectNode header(TypeRules rules, ResourceType type, String listRevision, String continueToken, Long remainingItemCount) {
        ObjectNode table = Json.object().put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
        ObjectNode meta = table.putObject("metadata");
        if (listRevision != null) {
            meta.put("resourceVersion", listRevision);
        }
        if (continueToken != null) {
            meta.put("continue", continueToken);
        }
        if (remainingItemCount != null) {
            meta.put("remainingItemCount", remainingItemCount);
        }
        List<TableColumnDefinition> columns = rules.rules().columns(type.group(), type.kind());
        ArrayNode defs = table.putArray("columnDefinitions");
        for (TableColumnDefinition c : columns) {
            defs.addObject().put("name", c.getName()).put("type", c.getType()).put("format", c.getFormat() == null ? "" : c.getFormat())
                    .put("description", c.getDescription() == null ? "" : c.getDescription())
                    .put("priority", c.getPriority() == null ? 0 : c.getPriority());
        }
        return table;
    }

    /** One object's row: its cells and, as includeObject asks, the object or its metadata. */
    public static ObjectNode row(TypeRules rules, ResourceType type, ObjectNode o, String includeObject, Instant now) {
        ObjectNode row = Json.object();
        ArrayNode cells = row.putArray("cells");
        for (Object v : cells(type, o, now, rules)) {
            cells.add(Json.MAPPER.valueToTree(v));
        }
        JsonNode included = included(type, o, includeObject);
        if (included != null) {
            row.set("object", included);
        }
        return row;
    }

    private static List<Object> cells(ResourceType type, ObjectNode o, Instant now, TypeRules rules) {
        try {
            HasMetadata typed = TypeRules.typed(type, o);
            if (typed != null) {
                return rules.rules().cells(typed, now);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // a stored object the model cannot read still gets its name
        }
        return List.of(o.path("metadata").path("name").asText());
    }

    private static JsonNode included(ResourceType type, ObjectNode o, String includeObject) {
        if ("None".equals(includeObject)) {
            return null;
        }
        if ("Object".equals(includeObject)) {
            ObjectNode full = o.deepCopy();
            full.put("kind", type.kind()).put("apiVersion", type.apiVersion());
            return full;
        }
        ObjectNode partial = Json.object().put("kind", "PartialObjectMetadata").put("apiVersion", "meta.k8s.io/v1");
        partial.set("metadata", o.path("metadata").deepCopy());
        return partial;
    }
}
