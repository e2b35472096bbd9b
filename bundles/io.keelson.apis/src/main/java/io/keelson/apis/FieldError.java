package io.keelson.apis;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field-level validation error, as Kubernetes' {@code field.Error}: the cause of a 422 Invalid.
 *
 * @param type     the kind of error
 * @param field    the path in Kubernetes notation, e.g. {@code spec.containers[0].image}
 * @param badValue the offending value (String, Number, Boolean, Map, List or null); ignored in the
 *                 message for REQUIRED, FORBIDDEN and TOO_LONG, as Kubernetes does
 * @param detail   the explanation, may be empty
 */
public record FieldError(Type type, String field, Object badValue, String detail) {

    /** Kubernetes' {@code field.ErrorType}: the cause reason and its wording. */
    public enum Type {
        NOT_FOUND("FieldValueNotFound", "Not found"),
        REQUIRED("FieldValueRequired", "Required value"),
        DUPLICATE("FieldValueDuplicate", "Duplicate value"),
        INVALID("FieldValueInvalid", "Invalid value"),
        NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
        FORBIDDEN("FieldValueForbidden", "Forbidden"),
        TOO_LONG("FieldValueTooLong", "Too long"),
        TOO_MANY("FieldValueTooMany", "Too many"),
        INTERNAL("InternalError", "Internal error"),
        TYPE_INVALID("FieldValueTypeInvalid", "Invalid value");

        private final String reason;
        private final String text;

        Type(String reason, String text) {
            this.reason = reason;
            this.text = text;
        }

        /** The StatusCause reason, e.g. {@code FieldValueRequired}. */
        public String reason() {
            return reason;
        }

        /** The wording, e.g. {@code Required value}. */
        public String text() {
            return text;
        }
    }

    public FieldError {
        Objects.requireNonNull(type, "type");
        field = field == null ? "" : field;
        detail = detail == null ? "" : detail;
    }

    /** Kubernetes' full wording: {@code <field>: <body>}, the StatusCause message with the field. */
    public String message() {
        return field + ": " + body();
    }

    /** The wording without the field (the StatusCause message); Kubernetes' {@code ErrorBody}. */
    public String body() {
        StringBuilder s = new StringBuilder(type.text());
        switch (type) {
            case REQUIRED, FORBIDDEN, TOO_LONG, INTERNAL -> { }
            default -> {
                if (!(type == Type.TOO_MANY && badValue == null)) {
                    s.append(": ").append(GoFormat.value(badValue));
                }
            }
        }
        if (!detail.isEmpty()) {
            s.append(": ").append(detail);
        }
        return s.toString();
    }

    /** Go's fmt rendering of bad values: %q for strings, %v for numbers, %#v for maps and slices. */
    static final class GoFormat {
        private GoFormat() {
        }

        static String value(Object v) {
            if (v == null) {
                return "\"null\"";
            }
            if (v instanceof String str) {
                return quote(str);
            }
            if (v instanceof Number || v instanceof Boolean) {
                return String.valueOf(v);
            }
            if (v instanceof Map<?, ?> map) {
                boolean strings = map.values().stream().allMatch(x -> x instanceof String);
                return (strings ? "map[string]string{" : "map[string]interface {}{")
                    + map.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
                        .map(e -> quote(String.valueOf(e.getKey())) + ":" + element(e.getValue()))
                        .collect(Collectors.joining(", "))
                    + "}";
            }
            if (v instanceof Collection<?> list) {
                boolean strings = list.stream().allMatch(x -> x instanceof String);
                return (strings ? "[]string{" : "[]interface {}{")
                    + list.stream().map(GoFormat::element).collect(Collectors.joining(", ")) + "}";
            }
            return String.valueOf(v);
        }

        private static String element(Object v) {
            return v instanceof String s ? quote(s) : v == null ? "<nil>" : String.valueOf(v);
        }

        /** Go's strconv.Quote for the characters names and labels can carry. */
        static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            b.append(String.format("\\x%02x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
