package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.TypeRules;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ListItemBytes;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A LIST's Table rows written straight from the stored bytes: the typed object (for the printers' cells)
 * read from the bytes less managedFields (which no printer reads), not through a tree, and the row's
 * PartialObjectMetadata copied from the stored metadata. Each pod of a 10,000-pod Table was decoded into
 * a tree, converted to fabric8 and its metadata tree copied. Anything unusual takes
 * {@link TableConverter#row}, the same row by the tree.
 */
public final class TableRows {

    private TableRows() {
    }

    public static void write(JsonGenerator g, TypeRules rules, ResourceType type, KeyValue kv, String includeObject, Instant now)
            throws IOException {
        boolean none = "None".equals(includeObject);
        ListItemBytes.ForTable parts = type.modelClass() == null || "Object".equals(includeObject) ? null : ListItemBytes.forTable(kv);
        byte[] metadata = parts == null || none ? null : parts.metadata();
        List<Object> cells = parts == null ? null : cells(rules, type, parts.forPrinting(), now);
        if (cells == null) {
            Json.MAPPER.writeTree(g, TableConverter.row(rules, type, ObjectStorage.decode(kv).object(), includeObject, now));
            return;
        }
        g.writeStartObject();
        g.writeArrayFieldStart("cells");
        for (Object v : cells) {
            g.writeObject(v);
        }
        g.writeEndArray();
        if (metadata != null) {
            g.writeObjectFieldStart("object");
            g.writeStringField("kind", "PartialObjectMetadata");
            g.writeStringField("apiVersion", "meta.k8s.io/v1");
            g.writeFieldName("metadata");
            g.writeRawValue(new String(metadata, StandardCharsets.UTF_8));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The printers' cells, or null when the model cannot read the stored object (the tree path then names it). */
    private static List<Object> cells(TypeRules rules, ResourceType type, byte[] stored, Instant now) {
        try {
            return rules.rules().cells((HasMetadata) Json.MAPPER.readValue(stored, type.modelClass()), now);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
