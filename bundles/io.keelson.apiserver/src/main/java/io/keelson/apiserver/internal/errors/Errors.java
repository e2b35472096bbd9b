package io.keelson.apiserver.internal.errors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.List;

/** Kubernetes' error vocabulary (k8s.io/apimachinery/pkg/api/errors), same codes, reasons and wording. */
public final class Errors {

    /** One field problem of a 422 Invalid: reason FieldValueInvalid / FieldValueRequired / ... */
    public record Cause(String reason, String field, String message) {
    }

    private Errors() {
    }

    public static ObjectNode status(int code, String reason, String message) {
        ObjectNode s = Json.object();
        s.put("kind", "Status").put("apiVersion", "v1");
        s.putObject("metadata");
        s.put("status", "Failure").put("message", message);
        if (reason != null) {
            s.put("reason", reason);
        }
        s.put("code", code);
        return s;
    }

    private static ApiException withDetails(int code, String reason, String message, String name, String group, String kind) {
        ObjectNode s = status(code, reason, message);
        ObjectNode d = Json.object();
        if (name != null && !name.isEmpty()) {
            d.put("name", name);
        }
        if (group != null && !group.isEmpty()) {
            d.put("group", group);
        }
        if (kind != null) {
            d.put("kind", kind);
        }
        s.remove("code");
        s.set("details", d);
        s.put("code", code);
        return new ApiException(code, s);
    }

    public static ApiException notFound(ResourceType type, String name) {
        return withDetails(404, "NotFound", type.qualifiedPlural() + " \"" + name + "\" not found", name, type.group(), type.plural());
    }

    public static ApiException namespaceNotFound(String namespace) {
        return withDetails(404, "NotFound", "namespaces \"" + namespace + "\" not found", namespace, "", "namespaces");
    }

    public static ApiException alreadyExists(ResourceType type, String name) {
        return withDetails(409, "AlreadyExists", type.qualifiedPlural() + " \"" + name + "\" already exists", name, type.group(), type.plural());
    }

    public static ApiException conflict(ResourceType type, String name) {
        return withDetails(409, "Conflict", "Operation cannot be fulfilled on " + type.qualifiedPlural() + " \"" + name
                + "\": the object has been modified; please apply your changes to the latest version and try again",
                name, type.group(), type.plural());
    }

    /** Whether a 409 is a lost compare-and-swap race (worth retrying), not a conflict of intent. */
    public static boolean isStoreRace(ApiException e) {
        return e.code() == 409 && "Conflict".equals(e.status().path("reason").asText())
                && e.getMessage().endsWith("the object has been modified; please apply your changes to the latest version and try again");
    }

    /** 409 on a resource named in full, e.g. {@code pods/binding}. */
    public static ApiException conflict(String resource, String name, String why) {
        return withDetails(409, "Conflict", "Operation cannot be fulfilled on " + resource + " \"" + name + "\": " + why, name, "",
                resource);
    }

    public static ApiException conflict(ResourceType type, String name, String why) {
        return withDetails(409, "Conflict", "Operation cannot be fulfilled on " + type.qualifiedPlural() + " \"" + name + "\": " + why,
                name, type.group(), type.plural());
    }

    public static ApiException forbidden(ResourceType type, String name, String why) {
        return withDetails(403, "Forbidden", type.qualifiedPlural() + " \"" + name + "\" is forbidden: " + why, name, type.group(), type.plural());
    }

    public static ApiException invalid(ResourceType type, String name, List<Cause> causes) {
        return invalid(type.kind(), type.group(), name, causes);
    }

    /** 422 Invalid: {@code <Kind>[.<group>] "<name>" is invalid: <field>: <detail>} (several causes bracketed). */
    public static ApiException invalid(String kind, String group, String name, List<Cause> causes) {
        String qualified = group == null || group.isEmpty() ? kind : kind + "." + group;
        StringBuilder message = new StringBuilder(qualified + " \"" + name + "\" is invalid: ");
        // as utilerrors.NewAggregate: duplicates once, several in brackets
        java.util.Set<String> parts = new java.util.LinkedHashSet<>();
        causes.forEach(c -> parts.add(c.field().isEmpty() ? c.message() : c.field() + ": " + c.message()));
        message.append(parts.size() > 1 ? "[" + String.join(", ", parts) + "]" : String.join("", parts));
        ApiException e = withDetails(422, "Invalid", message.toString(), name, group, kind);
        ArrayNode list = ((ObjectNode) e.status().get("details")).putArray("causes");
        for (Cause c : causes) {
            list.addObject().put("reason", c.reason()).put("message", c.message()).put("field", c.field());
        }
        return e;
    }

    /**
     * A 422 as NewGenericServerResponse words it for a patch that cannot be applied: a fixed message,
     * the reason in the one cause (kubectl prints "The request is invalid: : <reason>").
     */
    public static ApiException unprocessable(String why) {
        ObjectNode s = status(422, "Invalid", "the server rejected our request due to an error in our request");
        s.remove("code");
        s.putObject("details").putArray("causes").addObject().put("reason", "UnexpectedServerResponse").put("message", why);
        s.put("code", 422);
        return new ApiException(422, s);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, status(400, "BadRequest", message));
    }

    public static ApiException gone(String message) {
        return new ApiException(410, status(410, "Expired", message));
    }

    public static ApiException unauthorized() {
        return new ApiException(401, status(401, "Unauthorized", "Unauthorized"));
    }

    public static ApiException methodNotAllowed() {
        return new ApiException(405, status(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
    }

    public static ApiException pathNotFound() {
        ObjectNode s = status(404, "NotFound", "the server could not find the requested resource");
        s.remove("code");
        s.putObject("details");
        s.put("code", 404);
        return new ApiException(404, s);
    }

    public static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(415, status(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media types include: "
                + "application/json, application/yaml, application/vnd.kubernetes.protobuf"));
    }

    public static ApiException tooLarge() {
        return new ApiException(413, status(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728"));
    }

    public static ApiException internal(String message) {
        return new ApiException(500, status(500, "InternalError", "Internal error occurred: " + message));
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, status(503, "ServiceUnavailable", message));
    }
}
