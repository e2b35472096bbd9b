package io.keelson.apis.internal.meta;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Label selectors: validation (metav1 ValidateLabelSelector), matching, and Go renderings. */
public final class Selectors {
    private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    private Selectors() {
    }

    public static void validate(LabelSelector s, String path, Errors errs) {
        if (s == null) {
            return;
        }
        List<LabelSelectorRequirement> exprs = s.getMatchExpressions() == null ? List.of() : s.getMatchExpressions();
        for (int i = 0; i < exprs.size(); i++) {
            LabelSelectorRequirement r = exprs.get(i);
            String p = path + ".matchExpressions[" + i + "]";
            if (r == null) {
                continue;
            }
            String op = r.getOperator() == null ? "" : r.getOperator();
            int values = r.getValues() == null ? 0 : r.getValues().size();
            switch (op) {
                case "In", "NotIn" -> {
                    if (values == 0) {
                        errs.required(p + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (values > 0) {
                        errs.forbidden(p + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                    }
                }
                default -> errs.invalid(p + ".operator", op, "not a valid selector operator");
            }
            String key = r.getKey() == null ? "" : r.getKey();
            errs.invalidEach(p + ".key", key, Names.qualifiedName(key));
        }
        ObjectMetaValidation.labels(s.getMatchLabels(), path + ".matchLabels", errs);
    }

    /** No requirements at all: selects everything (Kubernetes' selector.Empty()). */
    public static boolean isEmpty(LabelSelector s) {
        return s != null && (s.getMatchLabels() == null || s.getMatchLabels().isEmpty())
            && (s.getMatchExpressions() == null || s.getMatchExpressions().isEmpty());
    }

    /** Whether the selector matches the labels; a null selector matches nothing. */
    public static boolean matches(LabelSelector s, Map<String, String> labels) {
        if (s == null) {
            return false;
        }
        Map<String, String> l = labels == null ? Map.of() : labels;
        if (s.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : s.getMatchLabels().entrySet()) {
                if (!l.containsKey(e.getKey()) || !java.util.Objects.equals(l.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
        }
        for (LabelSelectorRequirement r : s.getMatchExpressions() == null ? List.<LabelSelectorRequirement>of()
            : s.getMatchExpressions()) {
            if (r == null) {
                continue;
            }
            List<String> values = r.getValues() == null ? List.of() : r.getValues();
            boolean has = l.containsKey(r.getKey());
            boolean ok = switch (r.getOperator() == null ? "" : r.getOperator()) {
                case "In" -> has && values.contains(l.get(r.getKey()));
                case "NotIn" -> !has || !values.contains(l.get(r.getKey()));
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether the selector is well formed enough to build (LabelSelectorAsSelector without error). */
    public static boolean valid(LabelSelector s) {
        if (s == null || s.getMatchExpressions() == null) {
            return true;
        }
        return s.getMatchExpressions().stream().allMatch(r -> r != null && OPERATORS.contains(r.getOperator()));
    }

    /** Go's %#v of a label map: map[string]string{"k":"v"}, or map[string]string(nil). */
    public static GoLiteral labelMap(Map<String, String> labels) {
        if (labels == null) {
            return new GoLiteral("map[string]string(nil)");
        }
        return new GoLiteral(new TreeMap<>(labels).entrySet().stream()
            .map(e -> FieldQuote.q(e.getKey()) + ":" + FieldQuote.q(e.getValue()))
            .collect(Collectors.joining(", ", "map[string]string{", "}")));
    }

    /** Go's %#v of a metav1.LabelSelector struct, as in "field is immutable" errors. */
    public static GoLiteral literal(LabelSelector s) {
        if (s == null) {
            return null;
        }
        String exprs;
        // fabric8 decodes an absent list as empty; Go leaves it nil
        if (s.getMatchExpressions() == null || s.getMatchExpressions().isEmpty()) {
            exprs = "[]v1.LabelSelectorRequirement(nil)";
        } else {
            exprs = s.getMatchExpressions().stream().map(r -> "v1.LabelSelectorRequirement{Key:" + FieldQuote.q(r.getKey())
                + ", Operator:" + FieldQuote.q(r.getOperator()) + ", Values:" + (r.getValues() == null ? "[]string(nil)"
                : GoValues.stringSlice(r.getValues())) + "}").collect(Collectors.joining(", ",
                "[]v1.LabelSelectorRequirement{", "}"));
        }
        return new GoLiteral("v1.LabelSelector{MatchLabels:" + labelMap(s.getMatchLabels()) + ", MatchExpressions:"
            + exprs + "}");
    }

    /** Go string quoting for literals. */
    static final class FieldQuote {
        private FieldQuote() {
        }

        static String q(String s) {
            return s == null ? "\"\"" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
