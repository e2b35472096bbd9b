package io.keelson.apiserver.internal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * A subresource as discovery lists it ({@code pods/log}, {@code deployments/scale}); group and version
 * are null when the subresource speaks its parent's (a Scale is autoscaling/v1, an Eviction policy/v1).
 */
public record Subresource(String name, String group, String version, String kind, List<String> verbs) {

    private static final List<String> STATUS_VERBS = List.of("get", "patch", "update");
    private static final List<String> CONNECT_VERBS = List.of("create", "get");

    /** The subresources of a type, in the order Kubernetes' discovery lists them. */
    public static List<Subresource> of(ResourceType type) {
        List<Subresource> out = new ArrayList<>();
        boolean core = type.group().isEmpty();
        if (core && type.plural().equals("pods")) {
            out.add(new Subresource("attach", null, null, "PodAttachOptions", CONNECT_VERBS));
            out.add(new Subresource("binding", null, null, "Binding", List.of("create")));
            out.add(new Subresource("eviction", "policy", "v1", "Eviction", List.of("create")));
            out.add(new Subresource("exec", null, null, "PodExecOptions", CONNECT_VERBS));
            out.add(new Subresource("log", null, null, "Pod", List.of("get")));
            out.add(new Subresource("portforward", null, null, "PodPortForwardOptions", CONNECT_VERBS));
        }
        if (core && type.plural().equals("namespaces")) {
            out.add(new Subresource("finalize", null, null, "Namespace", List.of("update")));
        }
        if (type.has(ResourceType.Trait.SCALE)) {
            out.add(new Subresource("scale", "autoscaling", "v1", "Scale", STATUS_VERBS));
        }
        if (type.has(ResourceType.Trait.STATUS)) {
            out.add(new Subresource("status", null, null, type.kind(), STATUS_VERBS));
        }
        return out;
    }
}
