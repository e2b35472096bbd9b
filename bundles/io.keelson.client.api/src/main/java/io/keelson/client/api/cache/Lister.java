package io.keelson.client.api.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-only view of an informer's cache. Keys are {@code namespace/name}, or {@code name} for
 * cluster-scoped objects. Returned objects are shared: copy before changing them.
 */
@ProviderType
public interface Lister<T extends HasMetadata> {

    List<T> list();

    /** The objects in one namespace. */
    List<T> list(String namespace);

    /** A namespaced object; empty when the cache has none. */
    Optional<T> get(String namespace, String name);

    Optional<T> getByKey(String key);

    List<String> keys();

    /** The objects an index lists under {@code value}; IllegalArgumentException for an unknown index. */
    List<T> byIndex(String indexName, String value);

    /** The key of an object: {@code namespace/name}, or {@code name} without a namespace. */
    static String keyOf(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
