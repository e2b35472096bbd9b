package io.keelson.plugin.host.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.keelson.plugin.api.PluginInfo;

/**
 * Reads the plugin bundles straight from the framework each time it is asked, so the answer is
 * never stale: fileinstall installs, updates and uninstalls bundles behind our back.
 */
final class PluginInventory {

    static final String KIND_HEADER = "Keelson-Plugin-Kind";
    static final String SLOT_HEADER = "Keelson-Plugin-Slot";

    private final BundleContext context;

    PluginInventory(BundleContext context) {
        this.context = context;
    }

    List<PluginInfo> plugins() {
        List<PluginInfo> result = new ArrayList<>();
        Map<String, Optional<Bundle>> activeBySlot = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            String kind = header(bundle, KIND_HEADER);
            if (kind == null) {
                continue;
            }
            String slot = header(bundle, SLOT_HEADER);
            int state = bundle.getState();
            boolean active = slot == null
                    ? state == Bundle.ACTIVE
                    : activeBySlot.computeIfAbsent(slot, this::activeProvider)
                            .map(b -> b.getBundleId() == bundle.getBundleId()).orElse(false);
            result.add(new PluginInfo(bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName(),
                    header(bundle, Constants.BUNDLE_NAME), bundle.getVersion().toString(), kind.trim(),
                    stateName(state), slot == null ? null : slot.trim(), active, bundle.getLocation()));
        }
        result.sort(Comparator.comparing(PluginInfo::symbolicName).thenComparing(PluginInfo::version));
        return List.copyOf(result);
    }

    /**
     * The bundle whose service a DYNAMIC + GREEDY reference to the slot binds: the greatest
     * reference by {@link ServiceReference#compareTo} (highest ranking, then lowest service id).
     */
    private Optional<Bundle> activeProvider(String slot) {
        ServiceReference<?>[] refs;
        try {
            // "all": the host doesn't import the SPI package, so class-space filtering must not apply
            refs = context.getAllServiceReferences(slot.trim(), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given: cannot happen
        }
        if (refs == null) {
            return Optional.empty();
        }
        ServiceReference<?> best = null;
        for (ServiceReference<?> ref : refs) {
            if (best == null || ref.compareTo(best) > 0) {
                best = ref;
            }
        }
        return Optional.ofNullable(best.getBundle()); // null when unregistered meanwhile
    }

    private static String header(Bundle bundle, String name) {
        String value = bundle.getHeaders("").get(name); // "" = raw, unlocalized headers
        return value == null || value.isBlank() ? null : value;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN(" + state + ")";
        };
    }
}
