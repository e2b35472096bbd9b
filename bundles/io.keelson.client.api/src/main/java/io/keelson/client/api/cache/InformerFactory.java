package io.keelson.client.api.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.KubeClient;
import org.osgi.annotation.versioning.ProviderType;

/** Makes informers; a service, independent of how the client reaches the API. */
@ProviderType
public interface InformerFactory {

    /** A new, not yet started informer for {@code type} through {@code client}. */
    <T extends HasMetadata> SharedInformer<T> create(KubeClient client, Class<T> type, InformerOptions options);
}
