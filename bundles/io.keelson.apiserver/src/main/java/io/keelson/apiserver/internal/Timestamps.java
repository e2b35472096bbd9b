package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** metav1.Time fields of the metadata must be RFC 3339, or the body does not decode (400), as in Go. */
final class Timestamps {

    private Timestamps() {
    }

    static void check(ResourceType type, JsonNode object) {
        for (String field : new String[] {"creationTimestamp", "deletionTimestamp"}) {
            JsonNode v = object.path("metadata").get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            String text = v.isTextual() ? v.asText() : v.toString();
            try {
                if (!v.isTextual()) {
                    throw new DateTimeParseException("not a string", text, 0);
                }
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                        + ": parsing time \"" + text + "\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"" + text + "\" as \"2006\"");
            }
        }
    }
}
