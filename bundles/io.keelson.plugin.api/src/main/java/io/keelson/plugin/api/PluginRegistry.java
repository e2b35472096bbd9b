package io.keelson.plugin.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed plugins. Implemented by the plugin host; the API server and the {@code keelson}
 * CLI read it.
 */
@ProviderType
public interface PluginRegistry {

    /** The bundles carrying a {@code Keelson-Plugin-Kind} header, sorted by symbolic name, then version. */
    List<PluginInfo> plugins();
}
