package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A connection to one API server. Implementations: over HTTPS (another process or machine) and
 * in-process (same JVM as the API server); both give the same answers. Thread-safe.
 */
@ProviderType
public interface KubeClient {

    /**
     * Typed access to one resource, across all namespaces; narrow with
     * {@link ResourceClient#inNamespace(String)}. The type's group, version and plural come from its
     * fabric8 annotations ({@code @Group}, {@code @Version}, {@code @Plural}); namespaced types are
     * those implementing {@code io.fabric8.kubernetes.api.model.Namespaced}.
     */
    <T extends HasMetadata> ResourceClient<T> resources(Class<T> type);
}
