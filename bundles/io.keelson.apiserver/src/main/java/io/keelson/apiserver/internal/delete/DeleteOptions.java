package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.http.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * A DELETE's options, from the body when there is one, else from the query (as Kubernetes reads them),
 * checked as ValidateDeleteOptions does.
 *
 * @param gracePeriodSeconds null: the type's default
 * @param propagationPolicy  Orphan, Background, Foreground, or null: keep what the object has
 * @param uid                precondition, or null
 * @param resourceVersion    precondition, or null
 */
public record DeleteOptions(Long gracePeriodSeconds, String propagationPolicy, String uid, String resourceVersion, boolean dryRun) {

    public static final DeleteOptions BACKGROUND = new DeleteOptions(null, "Background", null, null, false);

    public static DeleteOptions parse(Exchange ex, byte[] body, boolean dryRun) {
        return parse(ex, body.length == 0 ? null : ObjectCodec.parse(body), dryRun);
    }

    /** {@code body}: the DeleteOptions tree, or null when the request has no body. */
    public static DeleteOptions parse(Exchange ex, JsonNode body, boolean dryRun) {
        JsonNode o = body == null ? Json.object() : body;
        if (!o.isObject()) {
            throw Errors.badRequest("the DeleteOptions body must be a JSON object");
        }
        boolean fromBody = body != null;
        if (fromBody) {
            checkTypes(o);
        }
        String grace = fromBody ? text(o.get("gracePeriodSeconds")) : ex.query("gracePeriodSeconds");
        String policy = fromBody ? text(o.get("propagationPolicy")) : ex.query("propagationPolicy");
        String orphan = fromBody ? text(o.get("orphanDependents")) : ex.query("orphanDependents");
        List<Cause> causes = new ArrayList<>();
        if (orphan != null && policy != null) {
            causes.add(new Cause("FieldValueInvalid", "propagationPolicy", "Invalid value: \"" + policy
                    + "\": orphanDependents and deletionPropagation cannot be both set"));
        }
        if (policy != null && !List.of("Foreground", "Background", "Orphan").contains(policy)) {
            causes.add(new Cause("FieldValueNotSupported", "propagationPolicy", "Unsupported value: \"" + policy
                    + "\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\""));
        }
        if (!causes.isEmpty()) {
            throw Errors.invalid("DeleteOptions", "meta.k8s.io", "", causes);
        }
        if (orphan != null) {
            policy = Exchange.flag(orphan) ? "Orphan" : "Background";
        }
        return new DeleteOptions(grace(grace), policy, text(o.path("preconditions").get("uid")),
                text(o.path("preconditions").get("resourceVersion")), dryRun || !o.path("dryRun").isEmpty());
    }

    /** The body must decode as a DeleteOptions; wrong JSON types are a 400, as Go's decoder refuses them. */
    private static void checkTypes(JsonNode o) {
        type(o, "gracePeriodSeconds", JsonNode::isIntegralNumber, "int64");
        type(o, "propagationPolicy", JsonNode::isTextual, "v1.DeletionPropagation");
        type(o, "orphanDependents", JsonNode::isBoolean, "bool");
        type(o, "preconditions", JsonNode::isObject, "v1.Preconditions");
        type(o, "dryRun", n -> n.isArray() && java.util.stream.StreamSupport.stream(n.spliterator(), false).allMatch(JsonNode::isTextual),
                "[]string");
        JsonNode pre = o.path("preconditions");
        type(pre, "uid", JsonNode::isTextual, "types.UID");
        type(pre, "resourceVersion", JsonNode::isTextual, "string");
        if (o.path("dryRun").isArray()) {
            o.path("dryRun").forEach(v -> {
                if (!v.asText().equals("All")) {
                    throw Errors.invalid("DeleteOptions", "meta.k8s.io", "", List.of(new Cause("FieldValueNotSupported", "dryRun",
                            "Unsupported value: \"" + v.asText() + "\": supported values: \"All\"")));
                }
            });
        }
    }

    private static void type(JsonNode o, String field, java.util.function.Predicate<JsonNode> ok, String goType) {
        JsonNode v = o.get(field);
        if (v != null && !v.isNull() && !ok.test(v)) {
            throw Errors.badRequest("json: cannot unmarshal " + kind(v) + " into Go struct field DeleteOptions." + field + " of type " + goType);
        }
    }

    private static String kind(JsonNode v) {
        return v.isNumber() ? "number" : v.isTextual() ? "string" : v.isBoolean() ? "bool" : v.isArray() ? "array" : "object";
    }

    private static Long grace(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.badRequest("gracePeriodSeconds: Invalid value: \"" + text + "\": must be an integer");
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
