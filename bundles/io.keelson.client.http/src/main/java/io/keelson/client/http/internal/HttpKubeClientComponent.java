package io.keelson.client.http.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ResourceClient;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The HTTP client as a DS service, configured by PID {@code io.keelson.client.http} with
 * {@code kubeconfig}, the path of a kubeconfig with client-certificate credentials. The service has
 * {@code transport=http}, so a component can ask for this implementation by target filter.
 */
@Component(configurationPid = HttpKubeClientComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = KubeClient.class,
        property = "transport=http")
@Designate(ocd = HttpKubeClientComponent.Config.class)
public final class HttpKubeClientComponent implements KubeClient {

    static final String PID = "io.keelson.client.http";

    @ObjectClassDefinition(name = "Keelson HTTP client")
    public @interface Config {
        @AttributeDefinition(description = "Path of the kubeconfig: server, CA and client certificate of its current context")
        String kubeconfig();
    }

    private final HttpKubeClient client;

    @Activate
    public HttpKubeClientComponent(Config config) {
        String path = config.kubeconfig();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("configuration " + PID + " has no 'kubeconfig'; set it to a kubeconfig file path");
        }
        this.client = new HttpKubeClient(Path.of(path.trim()));
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
