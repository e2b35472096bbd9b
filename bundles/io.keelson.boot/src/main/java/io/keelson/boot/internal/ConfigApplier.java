package io.keelson.boot.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applies the configuration the launcher wrote for this start ({@code keelson.config.dir}) through
 * Config Admin, so components see ordinary configurations and a user's {@code .cfg} beside a plugin
 * works the same way.
 */
@Component(immediate = true, service = ConfigApplier.class)
public class ConfigApplier {

    static final String CONFIG_DIR = "keelson.config.dir";
    private static final System.Logger LOG = System.getLogger(ConfigApplier.class.getName());

    private final Set<String> pids;

    @Activate
    public ConfigApplier(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        String dir = context.getProperty(CONFIG_DIR);
        Map<String, Hashtable<String, Object>> configs = dir == null ? Map.of() : ConfigFiles.read(Path.of(dir));
        for (Map.Entry<String, Hashtable<String, Object>> e : configs.entrySet()) {
            // "?" binds the configuration to whichever bundle registers the PID (any location)
            Configuration config = configAdmin.getConfiguration(e.getKey(), "?");
            if (config.updateIfDifferent(e.getValue())) {
                LOG.log(Level.DEBUG, "applied configuration {0}", e.getKey());
            }
        }
        this.pids = configs.keySet();
    }

    /** The PIDs this start configured: the components start-up waits for. */
    Set<String> pids() {
        return pids;
    }
}
