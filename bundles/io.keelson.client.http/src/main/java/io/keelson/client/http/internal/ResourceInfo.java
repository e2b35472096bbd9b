package io.keelson.client.http.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.support.ResourceScope;
import io.keelson.client.api.support.ResourceType;

/** Where a fabric8 type lives in the REST API ({@link ResourceType}), and its paths. */
record ResourceInfo(String group, String version, String plural, boolean namespaced) {

    static ResourceInfo of(Class<? extends HasMetadata> type) {
        ResourceType t = ResourceType.of(type);
        return new ResourceInfo(t.group(), t.version(), t.plural(), t.namespaced());
    }

    /** {@code /api/v1/namespaces/ns/pods/name/status}; null parts are left out. */
    String path(String namespace, String name, String subresource) {
        StringBuilder p = new StringBuilder(group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version);
        if (namespaced && namespace != null) {
            p.append("/namespaces/").append(segment(namespace));
        }
        p.append('/').append(plural);
        if (name != null) {
            p.append('/').append(segment(name));
        }
        if (subresource != null) {
            p.append('/').append(subresource);
        }
        return p.toString();
    }

    private static String segment(String s) {
        return java.net.URLEncoder.encode(ResourceScope.segment(s), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
