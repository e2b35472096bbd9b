package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.Base64;

/** Fields Go decodes as []byte (a Secret's data, a ConfigMap's binaryData): their values must be base64 (else a 400). */
final class Base64Data {

    private Base64Data() {
    }

    static void check(ResourceType type, JsonNode object) {
        if (!type.group().isEmpty()) {
            return;
        }
        String field = type.plural().equals("secrets") ? "data" : type.plural().equals("configmaps") ? "binaryData" : null;
        if (field == null) {
            return;
        }
        object.path(field).fields().forEachRemaining(e -> {
            String v = e.getValue().asText();
            int bad = firstBad(v);
            if (bad >= 0) {
                throw Errors.badRequest(type.kind() + " in version \"v1\" cannot be handled as a " + type.kind()
                        + ": illegal base64 data at input byte " + bad);
            }
        });
    }

    /** Where the standard, padded base64 text goes wrong, or -1. */
    private static int firstBad(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
            if (!ok) {
                return i;
            }
        }
        try {
            Base64.getDecoder().decode(v);
            return -1;
        } catch (IllegalArgumentException e) {
            return Math.max(0, v.length() - 1);
        }
    }
}
