package io.keelson.apiserver.internal.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.store.api.KeyValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stored object as a list item, written from its stored bytes: the stored JSON is the object less its
 * resourceVersion, and a list item is the object less kind and apiVersion. So the top-level fields are
 * copied as they are stored, kind and apiVersion skipped, and the resourceVersion appended to metadata,
 * where the tree's {@code put} would have put it. Only the top level and metadata's keys are tokenised;
 * no tree is built (a LIST of 10,000 pods spent most of its time and garbage building trees to write).
 */
public final class ListItemBytes {

    private ListItemBytes() {
    }

    public static void write(KeyValue kv, OutputStream out) throws IOException {
        byte[] b = kv.value();
        if (!splice(b, kv.modRevision(), out)) {
            // an unusual stored form (no metadata object, a stored resourceVersion): through the tree
            ObjectNode o = ObjectStorage.decode(kv).object();
            o.remove("kind");
            o.remove("apiVersion");
            out.write(Json.bytes(o));
        }
    }

    /** Writes nothing and answers false when the bytes are not of the form this copies. */
    private static boolean splice(byte[] b, long revision, OutputStream out) throws IOException {
        long[] starts = new long[16];
        String[] names = new String[16];
        int n = 0;
        long metaEnd = -1;
        boolean metaEmpty = true;
        long end;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(b)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_OBJECT) {
                    end = p.currentTokenLocation().getByteOffset();
                    break;
                }
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    names = java.util.Arrays.copyOf(names, n * 2);
                }
                starts[n] = p.currentTokenLocation().getByteOffset();
                names[n] = p.currentName();
                JsonToken value = p.nextToken();
                if (names[n].equals("metadata")) {
                    if (value != JsonToken.START_OBJECT || metaEnd >= 0) {
                        return false;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (p.currentName().equals("resourceVersion")) {
                            return false;
                        }
                        metaEmpty = false;
                        p.nextToken();
                        p.skipChildren();
                    }
                    metaEnd = p.currentTokenLocation().getByteOffset();
                } else {
                    p.skipChildren();
                }
                n++;
            }
        }
        if (metaEnd < 0) {
            return false;
        }
        out.write('{');
        boolean first = true;
        for (int i = 0; i < n; i++) {
            if (names[i].equals("kind") || names[i].equals("apiVersion")) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            int from = (int) starts[i];
            if (names[i].equals("metadata")) {
                out.write(b, from, (int) metaEnd - from);
                out.write((metaEmpty ? "\"resourceVersion\":\"" : ",\"resourceVersion\":\"").getBytes(StandardCharsets.US_ASCII));
                out.write(Long.toString(revision).getBytes(StandardCharsets.US_ASCII));
                out.write('"');
                out.write('}');
            } else {
                int to = fieldEnd(b, i + 1 < n ? (int) starts[i + 1] : (int) end, i + 1 < n);
                out.write(b, from, to - from);
            }
        }
        out.write('}');
        return true;
    }

    /** The end of a field's value: before the separating comma (when another field follows) and any whitespace. */
    private static int fieldEnd(byte[] b, int next, boolean commaBetween) {
        int i = next;
        if (commaBetween) {
            while (b[i - 1] != ',') {
                i--;
            }
            i--;
        }
        while (i > 0 && (b[i - 1] == ' ' || b[i - 1] == '\n' || b[i - 1] == '\r' || b[i - 1] == '\t')) {
            i--;
        }
        return i;
    }
}
