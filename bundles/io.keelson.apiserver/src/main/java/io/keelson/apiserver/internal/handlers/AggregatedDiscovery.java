package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.registry.Subresource;
import java.util.List;
import java.util.Locale;

/**
 * Aggregated discovery (apidiscovery.k8s.io v2 and v2beta1, {@code as=APIGroupDiscoveryList}) on
 * {@code /api} and {@code /apis}: every group, version, resource and subresource in one response,
 * which is what kubectl 1.32 asks for first.
 */
public final class AggregatedDiscovery {

    private final ResourceRegistry registry;

    public AggregatedDiscovery(ResourceRegistry registry) {
        this.registry = registry;
    }

    /** The apidiscovery version the Accept header asks for before plain JSON ("v2", "v2beta1"), or null. */
    public static String wanted(String accept) {
        if (accept == null) {
            return null;
        }
        for (String range : accept.split(",")) {
            String r = range.replace(" ", "").toLowerCase(Locale.ROOT);
            if (!r.startsWith("application/json") && !r.startsWith("*/*")) {
                continue;
            }
            if (!r.contains("g=apidiscovery.k8s.io")) {
                return null; // plain JSON comes first
            }
            if (r.contains("as=apigroupdiscoverylist") && (r.contains("v=v2;") || r.endsWith("v=v2"))) {
                return "v2";
            }
            if (r.contains("as=apigroupdiscoverylist") && r.contains("v=v2beta1")) {
                return "v2beta1";
            }
        }
        return null;
    }

    public static String contentType(String version) {
        return "application/json;g=apidiscovery.k8s.io;v=" + version + ";as=APIGroupDiscoveryList";
    }

    /** The list for {@code /api} (core only) or {@code /apis} (the named groups). */
    public ObjectNode list(String version, boolean core) {
        ObjectNode list = Json.object().put("kind", "APIGroupDiscoveryList").put("apiVersion", "apidiscovery.k8s.io/" + version);
        list.putObject("metadata");
        ArrayNode items = list.putArray("items");
        List<String> groups = core ? List.of("") : registry.groups();
        for (String group : groups) {
            ObjectNode item = items.addObject();
            ObjectNode meta = item.putObject("metadata");
            if (!group.isEmpty()) {
                meta.put("name", group);
            }
            meta.putNull("creationTimestamp");
            ArrayNode versions = item.putArray("versions");
            for (String v : registry.versions(group)) {
                ObjectNode gv = versions.addObject().put("version", v);
                ArrayNode resources = gv.putArray("resources");
                registry.inGroupVersion(group, v).forEach(t -> resources.add(resource(t)));
                gv.put("freshness", "Current");
            }
        }
        return list;
    }

    private static ObjectNode resource(ResourceType t) {
        ObjectNode r = Json.object().put("resource", t.plural());
        kind(r.putObject("responseKind"), "", "", t.kind());
        r.put("scope", t.namespaced() ? "Namespaced" : "Cluster").put("singularResource", t.singular());
        Discovery.strings(r.putArray("verbs"), t.verbs());
        if (!t.shortNames().isEmpty()) {
            Discovery.strings(r.putArray("shortNames"), t.shortNames());
        }
        if (!t.categories().isEmpty()) {
            Discovery.strings(r.putArray("categories"), t.categories());
        }
        List<Subresource> subs = Subresource.of(t);
        if (!subs.isEmpty()) {
            ArrayNode out = r.putArray("subresources");
            for (Subresource s : subs) {
                ObjectNode o = out.addObject().put("subresource", s.name());
                kind(o.putObject("responseKind"), s.group() == null ? "" : s.group(), s.version() == null ? "" : s.version(), s.kind());
                Discovery.strings(o.putArray("verbs"), s.verbs());
            }
        }
        return r;
    }

    private static void kind(ObjectNode n, String group, String version, String kind) {
        n.put("group", group).put("version", version).put("kind", kind);
    }
}
