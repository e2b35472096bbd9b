package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.time.Instant;
import java.util.List;

/** meta.k8s.io/v1 Table responses for {@code Accept: application/json;as=Table;v=v1;g=meta.k8s.io}. */
public final class TableConverter {

    private TableConverter() {
    }

    public static boolean wanted(String accept) {
        return accept != null && accept.contains("as=Table") && accept.contains("g=meta.k8s.io");
    }

    /** includeObject: None, Metadata (default) or Object. */
    public static ObjectNode table(ResourceType type, List<ObjectNode> objects, String listRevision, String continueToken,
            String includeObject, Instant now) {
        ObjectNode table = Json.object().put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
        ObjectNode meta = table.putObject("metadata");
        if (listRevision != null) {
            meta.put("resourceVersion", listRevision);
        }
        if (continueToken != null) {
            meta.put("continue", continueToken);
        }
        List<Column> columns = Printers.columns(type.group(), type.plural());
        ArrayNode defs = table.putArray("columnDefinitions");
        for (Column c : columns) {
            defs.addObject().put("name", c.name()).put("type", c.type()).put("format", c.format()).put("description", c.description())
                    .put("priority", c.priority());
        }
        ArrayNode rows = table.putArray("rows");
        for (ObjectNode o : objects) {
            ObjectNode row = rows.addObject();
            ArrayNode cells = row.putArray("cells");
            for (Column c : columns) {
                Object v = c.cell().apply(o, now);
                if (v instanceof Integer i) {
                    cells.add(i);
                } else {
                    cells.add(String.valueOf(v));
                }
            }
            JsonNode included = included(type, o, includeObject);
            if (included != null) {
                row.set("object", included);
            }
        }
        return table;
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
