package io.keelson.apis.internal.meta;

import io.keelson.apis.FieldError;
import io.keelson.apis.FieldError.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Collects field errors the way Kubernetes' field helpers build them. */
public final class Errors {
    private final List<FieldError> list = new ArrayList<>();

    public Errors required(String field, String detail) {
        return add(new FieldError(Type.REQUIRED, field, "", detail));
    }

    public Errors invalid(String field, Object value, String detail) {
        return add(new FieldError(Type.INVALID, field, value, detail));
    }

    /** One INVALID error per message, as Kubernetes reports each string a check returned. */
    public Errors invalidEach(String field, Object value, Collection<String> messages) {
        for (String m : messages) {
            invalid(field, value, m);
        }
        return this;
    }

    public Errors duplicate(String field, Object value) {
        return add(new FieldError(Type.DUPLICATE, field, value, ""));
    }

    public Errors notSupported(String field, Object value, Collection<String> valid) {
        String detail = valid.isEmpty() ? "" : "supported values: "
            + valid.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
        return add(new FieldError(Type.NOT_SUPPORTED, field, value, detail));
    }

    public Errors forbidden(String field, String detail) {
        return add(new FieldError(Type.FORBIDDEN, field, "", detail));
    }

    public Errors tooLong(String field, int max) {
        return add(new FieldError(Type.TOO_LONG, field, "", "must have at most " + max + " bytes"));
    }

    public Errors add(FieldError e) {
        list.add(e);
        return this;
    }

    public Errors addAll(Collection<FieldError> errors) {
        list.addAll(errors);
        return this;
    }

    /** The errors, duplicates (same message) dropped as Kubernetes' ToAggregate does. */
    public List<FieldError> list() {
        List<FieldError> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FieldError e : list) {
            if (seen.add(e.message())) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
