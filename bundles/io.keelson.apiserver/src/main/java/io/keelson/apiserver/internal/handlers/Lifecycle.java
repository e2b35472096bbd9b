package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The system-owned metadata and defaults Kubernetes sets on create and keeps on update. */
public final class Lifecycle {

    private static final String GENERATE_CHARS = "bcdfghjklmnpqrstvwxz2456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Lifecycle() {
    }

    public static String timestamp(Clock clock) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Fills generateName's suffix when the name is empty. */
    public static void generateName(ObjectNode meta) {
        String name = meta.path("name").asText("");
        String prefix = meta.path("generateName").asText("");
        if (name.isEmpty() && !prefix.isEmpty()) {
            StringBuilder sb = new StringBuilder(prefix.length() > 58 ? prefix.substring(0, 58) : prefix);
            for (int i = 0; i < 5; i++) {
                sb.append(GENERATE_CHARS.charAt(RANDOM.nextInt(GENERATE_CHARS.length())));
            }
            meta.put("name", sb.toString());
        }
    }

    /** The system fields of a new object: uid and creationTimestamp; what only the server sets is dropped. */
    public static void prepareCreate(ObjectNode object, Clock clock) {
        ObjectNode meta = Json.metadata(object);
        meta.put("uid", UUID.randomUUID().toString());
        meta.put("creationTimestamp", timestamp(clock));
        meta.remove("resourceVersion");
        meta.remove("deletionTimestamp");
        meta.remove("deletionGracePeriodSeconds");
        meta.remove("selfLink");
        meta.remove("generation");
    }

    /** Carries the system fields of {@code current} into {@code next}; a /status write changes only the status. */
    public static void prepareUpdate(ResourceType type, ObjectNode current, ObjectNode next, boolean statusOnly) {
        ObjectNode oldMeta = Json.metadata(current);
        ObjectNode meta = Json.metadata(next);
        if (meta.path("uid").asText("").isEmpty() && oldMeta.has("uid")) {
            meta.set("uid", oldMeta.get("uid")); // a different uid is left for validation to refuse (immutable)
        }
        for (String field : new String[] {"creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "namespace",
                "name", "generation"}) {
            JsonNode v = oldMeta.get(field);
            if (v == null) {
                meta.remove(field);
            } else {
                meta.set(field, v);
            }
        }
        if (statusOnly) {
            JsonNode status = next.get("status");
            next.removeAll();
            next.setAll(current.deepCopy());
            if (status != null) {
                next.set("status", status);
            }
            return;
        }
        if (type.has(ResourceType.Trait.STATUS)) {
            JsonNode status = current.get("status");
            if (status == null) {
                next.remove("status");
            } else {
                next.set("status", status);
            }
        }
    }
}
