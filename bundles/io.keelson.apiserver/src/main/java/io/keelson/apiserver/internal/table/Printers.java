package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kubernetes' printer columns per type (pkg/printers/internalversion/printers.go); NAME AGE otherwise. */
public final class Printers {

    private static final Map<String, List<Column>> COLUMNS = Map.of(
            "/namespaces", List.of(Column.name("namespace"),
                    Column.string("Status", "The status of the namespace", 0, (o, n) -> o.path("status").path("phase").asText("")),
                    Column.age()),
            "/configmaps", List.of(Column.name("configmap"),
                    Column.integer("Data", "Number of data in configmap", 0,
                            (o, n) -> o.path("data").size() + o.path("binaryData").size()),
                    Column.age()),
            "/secrets", List.of(Column.name("secret"),
                    Column.string("Type", "The type of the secret", 0, (o, n) -> o.path("type").asText("Opaque")),
                    Column.integer("Data", "Number of data in the secret", 0, (o, n) -> o.path("data").size()), Column.age()),
            "/pods", PodColumns.COLUMNS,
            "/services", ServiceColumns.COLUMNS,
            "apps/deployments", DeploymentColumns.COLUMNS);

    private Printers() {
    }

    public static List<Column> columns(String group, String plural) {
        return COLUMNS.getOrDefault(group + "/" + plural, List.of(Column.name(plural), Column.age()));
    }

    static String text(JsonNode node, String fallback) {
        return node == null || node.isMissingNode() || node.isNull() || node.asText().isEmpty() ? fallback : node.asText();
    }

    /** Container names, images and the selector, joined as kubectl's wide output shows them. */
    static List<String> containers(ObjectNode podSpec) {
        List<String> names = new ArrayList<>();
        podSpec.path("containers").forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    static List<String> images(ObjectNode podSpec) {
        List<String> images = new ArrayList<>();
        podSpec.path("containers").forEach(c -> images.add(c.path("image").asText()));
        return images;
    }

    static String selector(JsonNode labelSelector) {
        if (labelSelector == null || labelSelector.isMissingNode() || labelSelector.isNull()) {
            return "<none>";
        }
        List<String> parts = new ArrayList<>();
        labelSelector.path("matchLabels").fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        for (JsonNode expr : labelSelector.path("matchExpressions")) {
            List<String> values = new ArrayList<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            String key = expr.path("key").asText();
            switch (expr.path("operator").asText()) {
                case "In" -> parts.add(key + " in (" + String.join(",", values) + ")");
                case "NotIn" -> parts.add(key + " notin (" + String.join(",", values) + ")");
                case "Exists" -> parts.add(key);
                case "DoesNotExist" -> parts.add("!" + key);
                default -> {
                }
            }
        }
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }
}
