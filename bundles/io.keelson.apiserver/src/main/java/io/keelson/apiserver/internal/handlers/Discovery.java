package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.registry.Subresource;
import java.util.List;

/** Legacy discovery: /api, /api/v1, /apis, /apis/{g}, /apis/{g}/{v}. */
public final class Discovery {

    private final ResourceRegistry registry;

    public Discovery(ResourceRegistry registry) {
        this.registry = registry;
    }

    public void apiVersions(Exchange ex, String serverAddress) {
        ObjectNode body = Json.object().put("kind", "APIVersions");
        body.putArray("versions").add("v1");
        body.putArray("serverAddressByClientCIDRs").addObject().put("clientCIDR", "0.0.0.0/0").put("serverAddress", serverAddress);
        ex.json(200, body);
    }

    public void groupList(Exchange ex) {
        ObjectNode body = Json.object().put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groups = body.putArray("groups");
        registry.groups().forEach(g -> groups.add(group(g)));
        ex.json(200, body);
    }

    public void group(Exchange ex, String group) {
        if (registry.versions(group).isEmpty() || group.isEmpty()) {
            throw Errors.pathNotFound();
        }
        ex.json(200, group(group).put("kind", "APIGroup").put("apiVersion", "v1"));
    }

    private ObjectNode group(String group) {
        ObjectNode g = Json.object().put("name", group);
        ArrayNode versions = g.putArray("versions");
        for (String v : registry.versions(group)) {
            versions.addObject().put("groupVersion", group + "/" + v).put("version", v);
        }
        String preferred = registry.versions(group).get(0);
        g.putObject("preferredVersion").put("groupVersion", group + "/" + preferred).put("version", preferred);
        return g;
    }

    public void resourceList(Exchange ex, String group, String version) {
        List<ResourceType> types = registry.inGroupVersion(group, version);
        if (types.isEmpty()) {
            throw Errors.pathNotFound();
        }
        ObjectNode body = Json.object().put("kind", "APIResourceList").put("apiVersion", "v1")
                .put("groupVersion", group.isEmpty() ? version : group + "/" + version);
        ArrayNode resources = body.putArray("resources");
        for (ResourceType t : types) {
            ObjectNode r = resources.addObject().put("name", t.plural()).put("singularName", t.singular())
                    .put("namespaced", t.namespaced()).put("kind", t.kind());
            strings(r.putArray("verbs"), t.verbs());
            if (!t.shortNames().isEmpty()) {
                strings(r.putArray("shortNames"), t.shortNames());
            }
            if (!t.categories().isEmpty()) {
                strings(r.putArray("categories"), t.categories());
            }
            for (Subresource sub : Subresource.of(t)) {
                ObjectNode s = resources.addObject().put("name", t.plural() + "/" + sub.name()).put("singularName", "")
                        .put("namespaced", t.namespaced());
                if (sub.group() != null) {
                    s.put("group", sub.group()).put("version", sub.version());
                }
                s.put("kind", sub.kind());
                strings(s.putArray("verbs"), sub.verbs());
            }
        }
        ex.json(200, body);
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
