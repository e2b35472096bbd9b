package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The garbage collection finalizers a propagation policy sets (deletionFinalizersForGarbageCollection). */
final class Finalizers {

    static final String ORPHAN = "orphan";
    static final String FOREGROUND = "foregroundDeletion";
    private static final String ORPHAN_POLICY = "Orphan";
    private static final String FOREGROUND_POLICY = "Foreground";

    private Finalizers() {
    }

    /** Orphan adds "orphan", Foreground "foregroundDeletion" (each dropping the other), Background drops both; null keeps them. */
    static void apply(ObjectNode meta, String policy) {
        if (policy == null) {
            return;
        }
        ArrayNode list = meta.withArray("finalizers");
        remove(list, policy.equals(ORPHAN_POLICY) ? FOREGROUND : policy.equals(FOREGROUND_POLICY) ? ORPHAN : null);
        if (policy.equals("Background")) {
            remove(list, ORPHAN);
            remove(list, FOREGROUND);
        } else {
            String wanted = policy.equals(ORPHAN_POLICY) ? ORPHAN : FOREGROUND;
            if (!contains(list, wanted)) {
                list.add(wanted);
            }
        }
        if (list.isEmpty()) {
            meta.remove("finalizers");
        }
    }

    static boolean none(ObjectNode meta) {
        JsonNode list = meta.get("finalizers");
        return list == null || !list.isArray() || list.isEmpty();
    }

    static boolean has(ObjectNode meta, String finalizer) {
        JsonNode list = meta.get("finalizers");
        return list != null && list.isArray() && contains((ArrayNode) list, finalizer);
    }

    private static boolean contains(ArrayNode list, String value) {
        for (JsonNode n : list) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void remove(ArrayNode list, String value) {
        if (value == null) {
            return;
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).asText().equals(value)) {
                list.remove(i);
            }
        }
    }
}
