package io.keelson.plugin.host.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

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
 * A new configuration restarts the component (no {@code @Modified}), so the socket moves with it.
 */
@Component(name = PluginHost.PID, service = PluginRegistry.class, immediate = true,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PluginHostConfig.class)
public class PluginHost implements PluginRegistry {

    static final String PID = "io.keelson.plugin.host";
    private static final System.Logger LOG = System.getLogger(PluginHost.class.getName());

    private final PluginInventory inventory;
    private final ControlSocketServer socket;

    @Activate
    public PluginHost(BundleContext context, PluginHostConfig config) throws IOException {
        inventory = new PluginInventory(context);
        String pluginsDir = config.pluginsDir();
        ControlProtocol protocol = new ControlProtocol(this, () -> pluginsDir);
        socket = new ControlSocketServer(Path.of(config.controlSocket()), protocol::answer);
    }

    @Override
    public List<PluginInfo> plugins() {
        return inventory.plugins();
    }

    @Deactivate
    void deactivate() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove control socket " + socket.path(), e);
        }
    }
}
