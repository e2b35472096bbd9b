package io.keelson.apiserver.internal.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the OpenAPI documents: v3 per group-version (paths of its resources, the schemas they
 * reach) and the one v2 document. Paths carry what kubectl looks for: the PATCH operation with the
 * kind's group-version-kind, the patch media types (strategic merge among them, so kubectl computes
 * its apply patches from these schemas) and the {@code fieldValidation} parameter.
 */
final class Documents {

    private static final String[] PATCH_TYPES = {"application/apply-patch+yaml", "application/json-patch+json",
        "application/merge-patch+json", "application/strategic-merge-patch+json"};
    private final ResourceRegistry registry;

    Documents(ResourceRegistry registry) {
        this.registry = registry;
    }

    /** "api/v1", "apis/apps/v1", ... */
    List<String> groupVersions() {
        List<String> out = new ArrayList<>();
        out.add("api/v1");
        for (String g : registry.groups()) {
            for (String v : registry.versions(g)) {
                out.add("apis/" + g + "/" + v);
            }
        }
        return out;
    }

    ObjectNode v3(String group, String version) {
        Definitions defs = new Definitions("#/components/schemas/", true);
        ObjectNode doc = Json.object().put("openapi", "3.0.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", "v1.32.0");
        ObjectNode paths = doc.putObject("paths");
        for (ResourceType t : registry.inGroupVersion(group, version)) {
            if (t.modelClass() == null) {
                continue;
            }
            String kindRef = "#/components/schemas/" + defs.define(t.modelClass());
            defs.kind(t.modelClass(), group, version, t.kind());
            ObjectNode item = paths.putObject(base(t) + "/{name}");
            for (String verb : new String[] {"get", "put", "patch", "delete"}) {
                if (!t.supports(verb.equals("put") ? "update" : verb)) {
                    continue;
                }
                ObjectNode op = operation(item, verb, t, "patch".equals(verb));
                ObjectNode body = Json.object();
                body.putObject("schema").put("$ref", kindRef);
                op.putObject("responses").putObject("200").put("description", "OK").putObject("content").set("application/json", body);
                if (verb.equals("patch")) {
                    ObjectNode content = op.putObject("requestBody").putObject("content");
                    for (String type : PATCH_TYPES) {
                        content.putObject(type).putObject("schema").put("$ref", "#/components/schemas/" + Definitions.META + "Patch");
                    }
                }
            }
        }
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        defs.all().forEach(schemas::set);
        return doc;
    }

    ObjectNode v2() {
        Definitions defs = new Definitions("#/definitions/", false);
        ObjectNode doc = Json.object().put("swagger", "2.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", "v1.32.0");
        ObjectNode paths = doc.putObject("paths");
        for (ResourceType t : registry.all()) {
            if (t.modelClass() == null) {
                continue;
            }
            defs.define(t.modelClass());
            defs.kind(t.modelClass(), t.group(), t.version(), t.kind());
            if (t.supports("patch")) {
                ObjectNode op = operation(paths.putObject(base(t) + "/{name}"), "patch", t, true);
                ArrayNode consumes = op.putArray("consumes");
                for (String type : PATCH_TYPES) {
                    consumes.add(type);
                }
                op.putObject("responses").putObject("200").put("description", "OK").putObject("schema").put("$ref",
                        "#/definitions/" + Definitions.name(t.modelClass()));
            }
        }
        ObjectNode definitions = doc.putObject("definitions");
        defs.all().forEach(definitions::set);
        return doc;
    }

    private static ObjectNode operation(ObjectNode path, String verb, ResourceType t, boolean fieldValidation) {
        ObjectNode op = path.putObject(verb).put("operationId", verb + t.kind());
        op.put("x-kubernetes-action", verb.equals("put") ? "put" : verb);
        op.putObject("x-kubernetes-group-version-kind").put("group", t.group()).put("kind", t.kind()).put("version", t.version());
        if (fieldValidation) {
            op.putArray("parameters").addObject().put("name", "fieldValidation").put("in", "query").put("type", "string")
                    .putObject("schema").put("type", "string");
        }
        return op;
    }

    private static String base(ResourceType t) {
        return (t.group().isEmpty() ? "/api/v1" : "/apis/" + t.group() + "/" + t.version())
                + (t.namespaced() ? "/namespaces/{namespace}/" : "/") + t.plural();
    }
}
