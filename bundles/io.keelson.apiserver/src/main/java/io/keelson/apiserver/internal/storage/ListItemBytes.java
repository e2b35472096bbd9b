package io.keelson.apiserver.internal.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.store.api.KeyValue;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stored object as a list item, written from its stored bytes: the stored JSON is the object less its
 * resourceVersion, and a list item is the object less kind and apiVersion. So the top-level fields are
 * copied as they are stored, kind and apiVersion skipped, and the resourceVersion appended to metadata,
 * where the tree's {@code put} would have put it. No tree is built (a LIST of 10,000 pods spent most of
 * its time and garbage building trees to write).
 */
public final class ListItemBytes {

    private ListItemBytes() {
    }

    public static void write(KeyValue kv, OutputStream out) throws IOException {
        StoredFields f = StoredFields.scan(kv.value());
        if (f == null) {
            // an unusual stored form (no metadata object, a stored resourceVersion): through the tree
            ObjectNode o = ObjectStorage.decode(kv).object();
            o.remove("kind");
            o.remove("apiVersion");
            out.write(Json.bytes(o));
            return;
        }
        out.write('{');
        boolean first = true;
        for (int i = 0; i < f.count; i++) {
            if (f.typeField[i]) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            if (i == f.metadata) {
                f.writeMetadata(out, kv.modRevision(), true);
            } else {
                out.write(f.b, f.starts[i], f.ends[i] - f.starts[i]);
            }
        }
        out.write('}');
    }

    /** What a Table row takes from the stored bytes: the metadata with its resourceVersion, and the object to print (no managedFields). */
    public record ForTable(byte[] metadata, byte[] forPrinting) {
    }

    /** The object's parts for a Table row, or null when the stored form is unusual and the caller must use the tree. */
    public static ForTable forTable(KeyValue kv) {
        StoredFields f = StoredFields.scan(kv.value(), true);
        if (f == null) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(f.metadataClose + 64);
        try {
            f.writeMetadata(out, kv.modRevision(), false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not from a byte array
        }
        return new ForTable(out.toByteArray(), f.withoutManagedFields());
    }

    /** The object's metadata with its resourceVersion, or null when the stored form is unusual. */
    public static byte[] metadata(KeyValue kv) {
        ForTable parts = forTable(kv);
        return parts == null ? null : parts.metadata();
    }
}
