package io.keelson.store.sqlite.internal;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.StoreException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The SQLite store as a DS component, configured by PID {@code io.keelson.store.sqlite} with
 * {@code path}, the database directory. Deactivation closes the store (queued writes are applied,
 * watches end with a StoreUnavailableException).
 */
@Component(configurationPid = SqliteStoreComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = KeyValueStore.class, immediate = true)
@Designate(ocd = SqliteStoreComponent.Config.class)
public class SqliteStoreComponent extends SqliteStore {

    static final String PID = "io.keelson.store.sqlite";

    @ObjectClassDefinition(name = "Keelson SQLite store", description = "The embedded key-value store")
    public @interface Config {

        @AttributeDefinition(description = "Directory of the database; created if missing. The file inside is keelson.db")
        String path();
    }

    @Activate
    public SqliteStoreComponent(Config config) {
        super(directory(config));
    }

    private static Path directory(Config config) {
        String path = config.path();
        if (path == null || path.isBlank()) {
            throw new StoreException("configuration " + PID + " has no 'path'; set it to the directory of the"
                    + " database (in " + PID + ".cfg)");
        }
        return Path.of(path.trim());
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
