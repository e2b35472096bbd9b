package io.keelson.store.etcd.internal;

import io.keelson.store.api.KeyValueStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Publishes an {@link EtcdStore} as the KeyValueStore when {@code io.keelson.store.etcd} is configured. */
@Component(configurationPid = "io.keelson.store.etcd", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = KeyValueStore.class, immediate = true)
@Designate(ocd = EtcdStoreComponent.Config.class)
public final class EtcdStoreComponent extends io.keelson.store.api.ForwardingKeyValueStore {

    @ObjectClassDefinition(name = "Keelson etcd store")
    public @interface Config {
        @AttributeDefinition(description = "Comma-separated etcd client URLs, e.g. http://127.0.0.1:2379")
        String endpoints();

        @AttributeDefinition(description = "Prefix of every key in etcd, so several clusters can share one etcd")
        String keyPrefix() default "";
    }

    @Activate
    public EtcdStoreComponent(Config config) {
        super(new EtcdStore(EtcdStore.parseEndpoints(config.endpoints()), config.keyPrefix()));
    }

    @Deactivate
    void deactivate() {
        ((EtcdStore) delegate()).close();
    }
}
