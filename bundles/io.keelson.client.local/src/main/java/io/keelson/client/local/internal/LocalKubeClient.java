package io.keelson.client.local.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.Caller;
import io.keelson.apiserver.api.ResourceKey;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.support.ResourceScope;
import io.keelson.client.api.support.ResourceType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link KubeClient} in the API server's JVM, over its {@link ApiRequests}: the same routes, checks
 * and watch semantics as HTTP, with objects handed over as Jackson trees. Usable without OSGi:
 * {@code new LocalKubeClient(apiServer.requests())}. Calls are made as {@link Caller#LOOPBACK}
 * (user system:apiserver, group system:masters), as Kubernetes' own loopback client is.
 */
public final class LocalKubeClient implements KubeClient, AutoCloseable {

    private final ApiRequests requests;
    private final Caller caller;
    private final Map<Class<?>, ResourceType> types = new ConcurrentHashMap<>();
    private final java.util.Set<TreeWatch<?>> openWatches = ConcurrentHashMap.newKeySet();

    public LocalKubeClient(ApiRequests requests) {
        this(requests, Caller.LOOPBACK);
    }

    public LocalKubeClient(ApiRequests requests, Caller caller) {
        this.requests = java.util.Objects.requireNonNull(requests, "requests");
        this.caller = java.util.Objects.requireNonNull(caller, "caller");
    }

    @Override
    public <T extends HasMetadata> ResourceClient<T> resources(Class<T> type) {
        ResourceType resource = types.computeIfAbsent(type, t -> ResourceType.of(type));
        ResourceKey key = ResourceKey.collection(resource.group(), resource.version(), resource.plural(), null);
        return new LocalResourceClient<>(new LocalResourceClient.Target(requests, caller, openWatches), type, key,
                new ResourceScope(type, resource.namespaced(), null));
    }

    /** Ends the open watches (their watchers get onClose(null)). */
    @Override
    public void close() {
        for (TreeWatch<?> w : openWatches) {
            w.close();
        }
    }
}
