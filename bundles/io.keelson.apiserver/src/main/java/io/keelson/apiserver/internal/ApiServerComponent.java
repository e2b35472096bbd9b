package io.keelson.apiserver.internal;

import io.keelson.apis.ApiRules;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.ApiServerEndpoint;
import io.keelson.store.api.KeyValueStore;
import java.nio.file.Path;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The API server as a DS component. It registers {@link ApiServerEndpoint} and {@link ApiRequests}
 * itself once Jetty listens (not as DS services, which would be published before the server is ready).
 */
@Component(configurationPid = "io.keelson.apiserver", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
@Designate(ocd = ApiServerComponent.Config.class)
// the services registered by hand, declared for the resolver (DS declares only its own)
@org.osgi.annotation.bundle.Capability(namespace = "osgi.service", uses = ApiRequests.class,
        attribute = "objectClass:List<String>=\"io.keelson.apiserver.api.ApiRequests\"")
@org.osgi.annotation.bundle.Capability(namespace = "osgi.service", uses = ApiServerEndpoint.class,
        attribute = "objectClass:List<String>=\"io.keelson.apiserver.api.ApiServerEndpoint\"")
public final class ApiServerComponent {

    @ObjectClassDefinition(name = "Keelson API server")
    public @interface Config {
        @AttributeDefinition(description = "Directory for pki/ and the admin kubeconfig")
        String dataDir();

        @AttributeDefinition(description = "Address to listen on")
        String bindAddress() default "127.0.0.1";

        @AttributeDefinition(description = "HTTPS port; 0 picks a free one")
        int securePort() default 6443;

        @AttributeDefinition(description = "Plain HTTP port without authentication; -1 is off")
        int insecurePort() default -1;
    }

    private final ApiServer server;
    private final ServiceRegistration<ApiServerEndpoint> registration;
    private final ServiceRegistration<ApiRequests> requests;

    @Activate
    public ApiServerComponent(@Reference KeyValueStore store, @Reference ApiRules rules, Config config, BundleContext bundleContext)
            throws Exception {
        ApiServerSettings settings = ApiServerSettings.defaults(Path.of(config.dataDir()))
                .withPorts(config.securePort(), config.insecurePort()).withBindAddress(config.bindAddress());
        server = new ApiServer(store, settings, rules);
        server.start();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("url", server.url());
        props.put("kubeconfig", server.kubeconfig().toString());
        registration = bundleContext.registerService(ApiServerEndpoint.class, server, props);
        requests = bundleContext.registerService(ApiRequests.class, server.requests(), new Hashtable<>());
    }

    @Deactivate
    void deactivate() throws Exception {
        for (ServiceRegistration<?> r : java.util.List.of(requests, registration)) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        server.close();
    }
}
