package io.keelson.apiserver.internal.http;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;

/**
 * A resource URL: {@code /api/v1[/namespaces/{ns}]/{plural}[/{name}[/{subresource}]]} or the same
 * under {@code /apis/{group}/{version}}.
 */
public record ApiPath(ResourceType type, String namespace, String name, String subresource) {

    /** Parses the segments after the group/version prefix; 404 when no such resource. */
    public static ApiPath parse(ResourceRegistry registry, String group, String version, String[] segs) {
        String namespace = null;
        int i = 0;
        if (segs.length >= 3 && segs[0].equals("namespaces")) {
            ResourceType inner = registry.find(group, version, segs[2]).orElse(null);
            if (inner != null && inner.namespaced()) {
                namespace = segs[1];
                i = 2;
            }
        }
        ResourceType type = registry.find(group, version, segs[i]).orElseThrow(Errors::pathNotFound);
        String name = segs.length > i + 1 ? segs[i + 1] : null;
        String sub = segs.length > i + 2 ? segs[i + 2] : null;
        if (segs.length > i + 3 || (namespace != null && !type.namespaced())) {
            throw Errors.pathNotFound();
        }
        if (name != null && name.isEmpty()) {
            name = null;
        }
        return new ApiPath(type, namespace, name, sub);
    }

    public boolean isCollection() {
        return name == null;
    }
}
