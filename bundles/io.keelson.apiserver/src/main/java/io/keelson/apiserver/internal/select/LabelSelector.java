package io.keelson.apiserver.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Validation;
import io.keelson.apiserver.internal.errors.Errors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A label selector as k8s.io/apimachinery/pkg/labels parses it: {@code a=b}, {@code a==b}, {@code a!=b},
 * {@code a in (x,y)}, {@code a notin (x)}, {@code a}, {@code !a}, {@code a>1}, {@code a<1}, comma-separated.
 */
public final class LabelSelector {

    enum Op { EQ, NEQ, IN, NOTIN, EXISTS, NOT_EXISTS, GT, LT }

    record Requirement(String key, Op op, Set<String> values) {
        boolean matches(JsonNode labels) {
            JsonNode v = labels == null ? null : labels.get(key);
            String value = v == null || v.isNull() ? null : v.asText();
            return switch (op) {
                case EQ, IN -> value != null && values.contains(value);
                case NEQ, NOTIN -> value == null || !values.contains(value);
                case EXISTS -> value != null;
                case NOT_EXISTS -> value == null;
                case GT, LT -> value != null && compare(value);
            };
        }

        private boolean compare(String value) {
            try {
                long have = Long.parseLong(value);
                long want = Long.parseLong(values.iterator().next());
                return op == Op.GT ? have > want : have < want;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private static final LabelSelector EVERYTHING = new LabelSelector(List.of());
    private final List<Requirement> requirements;

    private LabelSelector(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    public boolean isEmpty() {
        return requirements.isEmpty();
    }

    public boolean matches(JsonNode labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** Parses a selector; 400 BadRequest with the reason when malformed. */
    public static LabelSelector parse(String text) {
        if (text == null || text.isBlank()) {
            return EVERYTHING;
        }
        List<Requirement> out = new ArrayList<>();
        for (String part : splitTopLevel(text)) {
            out.add(requirement(part.trim(), text));
        }
        return new LabelSelector(out);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static Requirement requirement(String part, String whole) {
        if (part.isEmpty()) {
            throw bad(whole, "found '', expected: identifier");
        }
        var setMatch = java.util.regex.Pattern.compile("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$").matcher(part);
        if (setMatch.matches()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : setMatch.group(3).split(",", -1)) {
                values.add(value(v.trim(), whole));
            }
            return new Requirement(key(setMatch.group(1), whole), setMatch.group(2).equals("in") ? Op.IN : Op.NOTIN, values);
        }
        String[] ops = {"==", "!=", "=", ">", "<"};
        for (String op : ops) {
            int at = part.indexOf(op);
            if (at > 0) {
                String k = key(part.substring(0, at).trim(), whole);
                String v = value(part.substring(at + op.length()).trim(), whole);
                Op kind = switch (op) {
                    case "!=" -> Op.NEQ;
                    case ">" -> Op.GT;
                    case "<" -> Op.LT;
                    default -> Op.EQ;
                };
                if ((kind == Op.GT || kind == Op.LT) && !v.matches("-?\\d+")) {
                    throw bad(whole, "for 'Gt', 'Lt' operators, the value must be an integer");
                }
                return new Requirement(k, kind, Set.of(v));
            }
        }
        if (part.startsWith("!")) {
            return new Requirement(key(part.substring(1).trim(), whole), Op.NOT_EXISTS, Set.of());
        }
        return new Requirement(key(part, whole), Op.EXISTS, Set.of());
    }

    private static String key(String key, String whole) {
        String problem = Validation.labelKeyProblem(key);
        if (problem != null) {
            throw bad(whole, "key: Invalid value: \"" + key + "\": " + problem);
        }
        return key;
    }

    private static String value(String value, String whole) {
        String problem = Validation.labelValueProblem(value);
        if (problem != null) {
            throw bad(whole, "values[0]: Invalid value: \"" + value + "\": " + problem);
        }
        return value;
    }

    private static RuntimeException bad(String whole, String why) {
        return Errors.badRequest("unable to parse requirement: " + why + " (in label selector \"" + whole + "\")");
    }
}
