package io.keelson.client.local.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ResourceClient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The in-process client as a DS service, present while the API server's {@link ApiRequests} is (that
 * is, once the server is ready). The service has {@code transport=local}, so a component in the
 * server's JVM can ask for it by target filter; no configuration.
 */
@Component(service = KubeClient.class, property = "transport=local")
public final class LocalKubeClientComponent implements KubeClient {

    private final LocalKubeClient client;

    @Activate
    public LocalKubeClientComponent(@Reference ApiRequests requests) {
        this.client = new LocalKubeClient(requests);
    }

    @Override
    public <T extends HasMetadata> ResourceClient<T> resources(Class<T> type) {
        return client.resources(type);
    }

    @Deactivate
    void deactivate() {
        client.close();
    }
}
