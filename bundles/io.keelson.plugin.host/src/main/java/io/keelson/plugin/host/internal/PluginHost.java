package io.keelson.plugin.host.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import io.keelson.plugin.api.PluginInfo;
import io.keelson.plugin.api.PluginRegistry;

/**
 * The plugin host: lists the plugin bundles (manifest header {@code Keelson-Plugin-Kind}), tells
 * which one fills each single slot, and answers the {@code keelson} CLI on a Unix domain socket.
 * It also warns about jars in the plugins folder that are not bundles (fileinstall is silent about
 * them). A new configuration restarts the component (no {@code @Modified}), so the socket moves with it.
 */
@Component(name = PluginHost.PID, service = PluginRegistry.class, immediate = true,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PluginHostConfig.class)
public class PluginHost implements PluginRegistry {

    static final String PID = "io.keelson.plugin.host";
    private static final System.Logger LOG = System.getLogger(PluginHost.class.getName());

    private final PluginInventory inventory;
    private final ControlSocketServer socket;
    private final ScheduledExecutorService auditor;

    @Activate
    public PluginHost(BundleContext context, PluginHostConfig config) throws IOException {
        inventory = new PluginInventory(context);
        String pluginsDir = config.pluginsDir();
        ControlProtocol protocol = new ControlProtocol(this, () -> pluginsDir);
        socket = new ControlSocketServer(Path.of(config.controlSocket()), protocol::answer);
        auditor = pluginsDir.isBlank() ? null : startAudit(new PluginsDirAudit(Path.of(pluginsDir)));
    }

    private static ScheduledExecutorService startAudit(PluginsDirAudit audit) {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keelson-plugins-dir-audit");
            t.setDaemon(true);
            return t;
        });
        // about as often as fileinstall scans, so the warning comes when the user drops the file
        ses.scheduleWithFixedDelay(() -> {
            try {
                audit.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugins folder audit failed", e);
            }
        }, 0, 1, TimeUnit.SECONDS);
        return ses;
    }

    @Override
    public List<PluginInfo> plugins() {
        return inventory.plugins();
    }

    @Deactivate
    void deactivate() {
        if (auditor != null) {
            auditor.shutdownNow();
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove control socket " + socket.path(), e);
        }
    }
}
