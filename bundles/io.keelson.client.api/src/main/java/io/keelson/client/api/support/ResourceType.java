package io.keelson.client.api.support;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

/**
 * Where a fabric8 type lives in the API, from its {@code @Group}/{@code @Version}/{@code @Plural}
 * annotations and the {@code Namespaced} marker; group "" is the core group.
 */
public record ResourceType(String group, String version, String plural, boolean namespaced) {

    public static ResourceType of(Class<? extends HasMetadata> type) {
        String version = HasMetadata.getVersion(type);
        String plural = HasMetadata.getPlural(type);
        if (version == null || plural == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Version/@Plural: not a Kubernetes resource type");
        }
        String group = HasMetadata.getGroup(type);
        return new ResourceType(group == null ? "" : group, version, plural, Namespaced.class.isAssignableFrom(type));
    }
}
