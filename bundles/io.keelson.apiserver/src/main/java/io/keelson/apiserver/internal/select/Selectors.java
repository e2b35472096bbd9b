package io.keelson.apiserver.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Label selectors as Kubernetes prints them (labels.Selector#String): requirements sorted by key, comma-joined. */
public final class Selectors {

    private Selectors() {
    }

    /** A metav1.LabelSelector ({@code matchLabels}, {@code matchExpressions}). */
    public static String ofLabelSelector(JsonNode selector) {
        TreeMap<String, List<String>> byKey = new TreeMap<>();
        selector.path("matchLabels").fields().forEachRemaining(e -> add(byKey, e.getKey(), e.getKey() + "=" + e.getValue().asText()));
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            List<String> values = new ArrayList<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            values.sort(null);
            switch (expr.path("operator").asText()) {
                case "In" -> add(byKey, key, key + " in (" + String.join(",", values) + ")");
                case "NotIn" -> add(byKey, key, key + " notin (" + String.join(",", values) + ")");
                case "Exists" -> add(byKey, key, key);
                case "DoesNotExist" -> add(byKey, key, "!" + key);
                default -> {
                }
            }
        }
        List<String> parts = new ArrayList<>();
        byKey.values().forEach(parts::addAll);
        return String.join(",", parts);
    }

    /** A plain label map (a ReplicationController's or Service's selector). */
    public static String ofMap(JsonNode selector) {
        TreeMap<String, String> sorted = new TreeMap<>();
        selector.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            parts.add(e.getKey() + "=" + e.getValue());
        }
        return String.join(",", parts);
    }

    private static void add(TreeMap<String, List<String>> byKey, String key, String requirement) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(requirement);
    }
}
