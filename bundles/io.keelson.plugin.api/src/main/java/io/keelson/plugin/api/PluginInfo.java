package io.keelson.plugin.api;

import java.util.Objects;

/**
 * One installed plugin bundle, as the plugin host sees it at one moment.
 *
 * @param symbolicName the bundle's symbolic name
 * @param name         the bundle's {@code Bundle-Name}, or the symbolic name when it has none
 * @param version      the bundle version, e.g. {@code 1.2.0}
 * @param kind         the {@code Keelson-Plugin-Kind} header: cri, cni, scheduler, store or other
 * @param state        the bundle state: INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE or UNINSTALLED
 * @param slot         the {@code Keelson-Plugin-Slot} header (fully qualified SPI interface), or
 *                     {@code null} for plugins that don't fill a single slot
 * @param active       for a slot: whether this bundle provides the service a DYNAMIC + GREEDY
 *                     reference to the slot binds (highest ranking, then lowest service id);
 *                     without a slot: whether the bundle is ACTIVE
 * @param location     the bundle location (for plugins from the plugins folder, a file URI)
 */
public record PluginInfo(String symbolicName, String name, String version, String kind, String state,
        String slot, boolean active, String location) {

    public PluginInfo {
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        name = name == null ? symbolicName : name;
    }
}
