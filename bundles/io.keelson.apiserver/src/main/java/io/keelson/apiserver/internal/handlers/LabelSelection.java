package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a metav1.LabelSelector selects a label set, as LabelSelectorAsSelector and Matches decide:
 * a missing selector selects nothing, an empty one everything, and an invalid one (unknown operator,
 * values where none belong or none where some must be) nothing.
 */
final class LabelSelection {

    private LabelSelection() {
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || !selector.isObject()) {
            return false;
        }
        boolean matches = true;
        var it = selector.path("matchLabels").fields();
        while (it.hasNext()) {
            var e = it.next();
            matches &= labels.has(e.getKey()) && labels.get(e.getKey()).asText().equals(e.getValue().asText());
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            Boolean one = requirement(expression, labels);
            if (one == null) {
                return false;
            }
            matches &= one;
        }
        return matches;
    }

    /** One expression's verdict, or null when the expression is invalid. */
    private static Boolean requirement(JsonNode expression, JsonNode labels) {
        String key = expression.path("key").asText("");
        Set<String> values = new HashSet<>();
        expression.path("values").forEach(v -> values.add(v.asText()));
        boolean has = labels.has(key);
        String value = has ? labels.get(key).asText() : null;
        return switch (expression.path("operator").asText("")) {
            case "In" -> values.isEmpty() ? null : has && values.contains(value);
            case "NotIn" -> values.isEmpty() ? null : !has || !values.contains(value);
            case "Exists" -> values.isEmpty() ? has : null;
            case "DoesNotExist" -> values.isEmpty() ? !has : null;
            default -> null;
        };
    }
}
