package io.keelson.client.http.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

/**
 * Where a fabric8 type lives in the REST API, from its {@code @Group}/{@code @Version}/{@code @Plural}
 * annotations and the {@code Namespaced} marker.
 */
record ResourceInfo(String group, String version, String plural, boolean namespaced) {

    static ResourceInfo of(Class<? extends HasMetadata> type) {
        String version = HasMetadata.getVersion(type);
        String plural = HasMetadata.getPlural(type);
        if (version == null || plural == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Version/@Plural: not a Kubernetes resource type");
        }
        String group = HasMetadata.getGroup(type);
        return new ResourceInfo(group == null ? "" : group, version, plural, Namespaced.class.isAssignableFrom(type));
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
        if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/")) {
            throw new IllegalArgumentException("not a valid name for a URL segment: '" + s + "'");
        }
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
