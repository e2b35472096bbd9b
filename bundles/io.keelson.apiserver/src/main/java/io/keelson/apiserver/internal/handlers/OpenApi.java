package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal /openapi/v3: per group-version, the PATCH operations with their GVK and the
 * fieldValidation parameter. That is what kubectl checks to leave validation to the server
 * (without it kubectl refuses to create anything). Schemas come later (kubectl explain needs them).
 */
public final class OpenApi {

    private static final String HASH = "keelson-0";
    private final ResourceRegistry registry;

    public OpenApi(ResourceRegistry registry) {
        this.registry = registry;
    }

    public void serve(Exchange ex, String[] segs) {
        if (segs.length < 2 || !segs[1].equals("v3")) {
            throw Errors.pathNotFound();
        }
        if (segs.length == 2) {
            ObjectNode paths = Json.object();
            for (String gv : groupVersions()) {
                paths.putObject(gv).put("serverRelativeURL", "/openapi/v3/" + gv + "?hash=" + HASH);
            }
            ObjectNode root = Json.object();
            root.set("paths", paths);
            ex.json(200, root);
            return;
        }
        String gv = String.join("/", java.util.Arrays.copyOfRange(segs, 2, segs.length));
        if (!groupVersions().contains(gv)) {
            throw Errors.pathNotFound();
        }
        String group = gv.equals("api/v1") ? "" : segs[3];
        String version = gv.equals("api/v1") ? "v1" : segs[4];
        ObjectNode doc = Json.object().put("openapi", "3.0.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", "v1.32.0");
        ObjectNode paths = doc.putObject("paths");
        for (ResourceType t : registry.inGroupVersion(group, version)) {
            if (!t.supports("patch")) {
                continue;
            }
            String base = (group.isEmpty() ? "/api/v1" : "/apis/" + group + "/" + version)
                    + (t.namespaced() ? "/namespaces/{namespace}/" : "/") + t.plural() + "/{name}";
            ObjectNode patch = paths.putObject(base).putObject("patch");
            patch.putObject("x-kubernetes-group-version-kind").put("group", group).put("version", version).put("kind", t.kind());
            patch.putArray("parameters").addObject().put("name", "fieldValidation").put("in", "query").putObject("schema").put("type", "string");
            ObjectNode content = patch.putObject("requestBody").putObject("content");
            content.putObject("application/json-patch+json");
            content.putObject("application/merge-patch+json");
            patch.putObject("responses").putObject("200").put("description", "OK");
        }
        doc.putObject("components").putObject("schemas");
        ex.json(200, doc);
    }

    private List<String> groupVersions() {
        List<String> out = new ArrayList<>();
        out.add("api/v1");
        for (String g : registry.groups()) {
            for (String v : registry.versions(g)) {
                out.add("apis/" + g + "/" + v);
            }
        }
        return out;
    }
}
