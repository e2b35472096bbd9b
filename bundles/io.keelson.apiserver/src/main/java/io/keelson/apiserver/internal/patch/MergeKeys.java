package io.keelson.apiserver.internal.patch;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How lists of the Kubernetes types merge: the patchMergeKey strategic merge patch uses (from the
 * Go struct tags) and the list-map keys (+listMapKey, one or several fields) server-side apply
 * identifies items by. A list not named here is atomic: a node's taints too (no patch strategy, +listType=atomic),
 * which kubectl taint relies on when it sends the whole new list.
 */
public final class MergeKeys {

    /** Marker: a list of scalars merged as a set (patchStrategy merge, no key), e.g. finalizers. */
    public static final String PRIMITIVE_MERGE = "$primitive";

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("containers", "name"), Map.entry("initContainers", "name"), Map.entry("ephemeralContainers", "name"),
            Map.entry("env", "name"), Map.entry("volumes", "name"), Map.entry("volumeMounts", "mountPath"),
            Map.entry("volumeDevices", "devicePath"), Map.entry("imagePullSecrets", "name"), Map.entry("hostAliases", "ip"),
            Map.entry("conditions", "type"), Map.entry("ownerReferences", "uid"), Map.entry("topologySpreadConstraints", "topologyKey"),
            Map.entry("resourceClaims", "name"), Map.entry("schedulingGates", "name"),
            Map.entry("addresses", "type"), Map.entry("podIPs", "ip"), Map.entry("hostIPs", "ip"), Map.entry("finalizers", PRIMITIVE_MERGE));
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    /** Owners of a Service's ports: the field path ("spec") or the schema's type name (OpenAPI). */
    private static final Set<String> SERVICE_SPEC = Set.of("spec", "ServiceSpec");

    private MergeKeys() {
    }

    /** The strategic merge key for the list at {@code path}, or null when the list is replaced as a whole. */
    public static String of(List<String> path) {
        String field = path.get(path.size() - 1);
        if (field.equals("ports")) {
            // container ports merge by containerPort, service ports by port; other ports lists (an EndpointSlice's) are atomic
            return inContainer(path) ? "containerPort" : servicePorts(path) ? "port" : null;
        }
        if (field.equals("addresses") && !path.contains("status")) {
            return null;
        }
        if (path.size() == 1 && (field.equals("secrets") || field.equals("imagePullSecrets"))) {
            // a ServiceAccount's: secrets merge by name, imagePullSecrets have no patch strategy (a pod's merge by name)
            return field.equals("secrets") ? "name" : null;
        }
        return BY_FIELD.get(field);
    }

    /**
     * The fields that identify an item of the list at {@code path} for server-side apply (the
     * {@code x-kubernetes-list-map-keys} of Kubernetes v1.32), or null when the list is not a map
     * (atomic, or a set: see {@link #of}). Several fields where Kubernetes has them: ports by port
     * (or containerPort) and protocol, topology spread constraints by topologyKey and whenUnsatisfiable.
     */
    public static List<String> listMapKeys(List<String> path) {
        String field = path.get(path.size() - 1);
        String parent = path.size() > 1 ? path.get(path.size() - 2) : "";
        switch (field) {
            case "ports" -> {
                if (inContainer(path)) {
                    return List.of("containerPort", "protocol");
                }
                // EndpointSlice, load balancer status and network policy ports are atomic
                return servicePorts(path) ? List.of("port", "protocol") : null;
            }
            case "topologySpreadConstraints" -> {
                return List.of("topologyKey", "whenUnsatisfiable");
            }
            case "podIPs" -> {
                return List.of("ip");
            }
            case "hostIPs" -> {
                return null; // +listType=atomic, though strategic merge patch merges it by ip
            }
            case "claims" -> {
                return parent.equals("resources") ? List.of("name") : null;
            }
            case "secrets" -> {
                return path.size() == 1 ? List.of("name") : null; // a ServiceAccount's
            }
            default -> {
                String key = of(path);
                return key == null || key.equals(PRIMITIVE_MERGE) ? null : List.of(key);
            }
        }
    }

    private static boolean servicePorts(List<String> path) {
        return path.size() == 2 && SERVICE_SPEC.contains(path.get(0));
    }

    private static boolean inContainer(List<String> path) {
        return path.stream().anyMatch(CONTAINER_LISTS::contains);
    }
}
