package io.keelson.apiserver.internal.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a stored object's top-level fields lie in its bytes, found by a plain byte scan (strings and
 * nesting only; no tokens, no names canonicalised: Jackson's skipChildren spent most of a big LIST
 * interning the field names of every pod). {@link #scan} answers null for anything but an object
 * with one metadata object and no stored resourceVersion, and for bytes that are no JSON object;
 * callers then take the tree path, which keeps its errors.
 */
final class StoredFields {

    private static final byte[] KIND = "\"kind\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] API_VERSION = "\"apiVersion\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] METADATA = "\"metadata\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESOURCE_VERSION = "\"resourceVersion\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MANAGED_FIELDS = "\"managedFields\"".getBytes(StandardCharsets.US_ASCII);

    final byte[] b;
    /** Per field: its start (the key's quote) and its value's end; kind and apiVersion flagged. */
    int[] starts = new int[16];
    int[] ends = new int[16];
    boolean[] typeField = new boolean[16];
    int count;
    int metadata = -1;
    /** The metadata object's closing brace, and whether it has no fields. */
    int metadataClose;
    boolean metadataEmpty = true;
    /** The bytes to cut to drop metadata.managedFields (with a comma beside it), or -1 when there are none. */
    int managedFrom = -1;
    int managedTo = -1;
    private final boolean toMetadataOnly;

    private StoredFields(byte[] b, boolean toMetadataOnly) {
        this.b = b;
        this.toMetadataOnly = toMetadataOnly;
    }

    static StoredFields scan(byte[] b) {
        return scan(b, false);
    }

    /** With {@code toMetadataOnly} the scan stops after metadata: the fields after it are not found (nor checked). */
    static StoredFields scan(byte[] b, boolean toMetadataOnly) {
        try {
            StoredFields f = new StoredFields(b, toMetadataOnly);
            return f.scanObject() ? f : null;
        } catch (ArrayIndexOutOfBoundsException e) {
            return null; // cut short: not JSON
        }
    }

    /** Writes metadata with {@code "resourceVersion":"<rv>"} as its last field. */
    void writeMetadata(OutputStream out, long revision, boolean withKey) throws IOException {
        int from = withKey ? starts[metadata] : valueStart(metadata);
        out.write(b, from, metadataClose - from);
        out.write((metadataEmpty ? "\"resourceVersion\":\"" : ",\"resourceVersion\":\"").getBytes(StandardCharsets.US_ASCII));
        out.write(Long.toString(revision).getBytes(StandardCharsets.US_ASCII));
        out.write('"');
        out.write('}');
    }

    /** The stored bytes without metadata.managedFields (no printer reads them; they are a good part of an object). */
    byte[] withoutManagedFields() {
        if (managedFrom < 0) {
            return b;
        }
        byte[] out = new byte[b.length - (managedTo - managedFrom)];
        System.arraycopy(b, 0, out, 0, managedFrom);
        System.arraycopy(b, managedTo, out, managedFrom, b.length - managedTo);
        return out;
    }

    private int valueStart(int field) {
        int i = starts[field] + METADATA.length;
        i = ws(i);
        return ws(i + 1); // past the colon
    }

    private boolean scanObject() {
        int i = ws(0);
        if (b[i] != '{') {
            return false;
        }
        i = ws(i + 1);
        if (b[i] == '}') {
            return false; // no metadata
        }
        while (true) {
            if (b[i] != '"') {
                return false;
            }
            int keyStart = i;
            int keyEnd = string(i);
            i = ws(keyEnd);
            if (b[i] != ':') {
                return false;
            }
            int value = ws(i + 1);
            int valueEnd = value(value);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                typeField = Arrays.copyOf(typeField, count * 2);
            }
            starts[count] = keyStart;
            ends[count] = valueEnd;
            typeField[count] = is(keyStart, keyEnd, KIND) || is(keyStart, keyEnd, API_VERSION);
            if (is(keyStart, keyEnd, METADATA)) {
                if (metadata >= 0 || b[value] != '{' || !scanMetadata(value)) {
                    return false;
                }
                metadata = count;
                metadataClose = valueEnd - 1;
                if (toMetadataOnly) {
                    count++;
                    return true;
                }
            }
            count++;
            i = ws(valueEnd);
            if (b[i] == '}') {
                return metadata >= 0 && ws(i + 1) == b.length;
            }
            if (b[i] != ',') {
                return false;
            }
            i = ws(i + 1);
        }
    }

    /** Metadata's keys: none may be resourceVersion (the stored form has none; if one is there, the tree decides). */
    private boolean scanMetadata(int open) {
        int i = ws(open + 1);
        if (b[i] == '}') {
            return true;
        }
        int previousEnd = -1;
        while (true) {
            if (b[i] != '"') {
                return false;
            }
            int keyStart = i;
            int keyEnd = string(i);
            if (is(i, keyEnd, RESOURCE_VERSION)) {
                return false;
            }
            metadataEmpty = false;
            i = ws(keyEnd);
            if (b[i] != ':') {
                return false;
            }
            int valueEnd = value(ws(i + 1));
            i = ws(valueEnd);
            if (is(keyStart, keyEnd, MANAGED_FIELDS)) {
                // after another field: cut from that field's end (the comma with it); first: up to the next field
                managedFrom = previousEnd >= 0 ? previousEnd : keyStart;
                managedTo = previousEnd >= 0 || b[i] != ',' ? valueEnd : ws(i + 1);
            }
            previousEnd = valueEnd;
            if (b[i] == '}') {
                return true;
            }
            if (b[i] != ',') {
                return false;
            }
            i = ws(i + 1);
        }
    }

    private boolean is(int from, int to, byte[] key) {
        return to - from == key.length && Arrays.equals(b, from, to, key, 0, key.length);
    }

    private int ws(int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The index after the string that opens at {@code i}. */
    private int string(int i) {
        i++;
        while (true) {
            byte c = b[i];
            if (c == '"') {
                return i + 1;
            }
            i += c == '\\' ? 2 : 1;
        }
    }

    /** The index after the value that starts at {@code i}. */
    private int value(int i) {
        byte c = b[i];
        if (c == '"') {
            return string(i);
        }
        if (c != '{' && c != '[') {
            while (i < b.length && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
                i++;
            }
            return i;
        }
        int depth = 0;
        while (true) {
            c = b[i];
            if (c == '"') {
                i = string(i);
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
    }
}
