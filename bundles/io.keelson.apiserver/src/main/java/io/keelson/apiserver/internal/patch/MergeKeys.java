package io.keelson.apiserver.internal.patch;

import java.util.List;
import java.util.Map;

/** The patchMergeKey of list fields in the Kubernetes types (from their Go struct tags). */
public final class MergeKeys {

    /** Marker: a list of scalars merged as a set (patchStrategy merge, no key), e.g. finalizers. */
    public static final String PRIMITIVE_MERGE = "$primitive";

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("containers", "name"), Map.entry("initContainers", "name"), Map.entry("ephemeralContainers", "name"),
            Map.entry("env", "name"), Map.entry("volumes", "name"), Map.entry("volumeMounts", "mountPath"),
            Map.entry("volumeDevices", "devicePath"), Map.entry("imagePullSecrets", "name"), Map.entry("hostAliases", "ip"),
            Map.entry("conditions", "type"), Map.entry("ownerReferences", "uid"), Map.entry("topologySpreadConstraints", "topologyKey"),
            Map.entry("resourceClaims", "name"), Map.entry("schedulingGates", "name"), Map.entry("taints", "key"),
            Map.entry("addresses", "type"), Map.entry("finalizers", PRIMITIVE_MERGE));

    private MergeKeys() {
    }

    /** The merge key for the list at {@code path}, or null when the list is replaced as a whole. */
    public static String of(List<String> path) {
        String field = path.get(path.size() - 1);
        if (field.equals("ports")) {
            // container ports merge by containerPort, service ports by port
            return path.contains("containers") || path.contains("initContainers") || path.contains("ephemeralContainers")
                    ? "containerPort" : "port";
        }
        if (field.equals("addresses") && !path.contains("status")) {
            return null;
        }
        return BY_FIELD.get(field);
    }
}
