package io.keelson.apis.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apis.internal.meta.NameRule;
import java.util.Set;

/** Per-kind facts: how names are checked and which kinds carry metadata.generation. */
public final class Kinds {
    /** Kinds whose registry strategy sets generation 1 on create and bumps it on spec change. */
    private static final Set<String> GENERATION = Set.of(
        "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet", "apps/DaemonSet",
        "/ReplicationController", "batch/Job", "batch/CronJob",
        "autoscaling/HorizontalPodAutoscaler", "policy/PodDisruptionBudget",
        "networking.k8s.io/Ingress", "networking.k8s.io/NetworkPolicy");

    private Kinds() {
    }

    public static String group(HasMetadata o) {
        String apiVersion = o.getApiVersion();
        if (apiVersion == null) {
            apiVersion = HasMetadata.getApiVersion(o.getClass());
        }
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public static String kind(HasMetadata o) {
        String kind = o.getKind();
        return kind == null ? HasMetadata.getKind(o.getClass()) : kind;
    }

    public static boolean tracksGeneration(String group, String kind) {
        return GENERATION.contains((group == null ? "" : group) + "/" + kind);
    }

    public static boolean tracksGeneration(HasMetadata o) {
        return tracksGeneration(group(o), kind(o));
    }

    /** The nameFn Kubernetes v1.32 validates metadata.name with, per kind. */
    public static NameRule nameRule(String group, String kind) {
        if ("rbac.authorization.k8s.io".equals(group)) {
            return NameRule.PATH_SEGMENT;
        }
        return switch (kind) {
            case "Namespace" -> NameRule.DNS1123_LABEL;
            case "Service" -> NameRule.DNS1035_LABEL;
            default -> NameRule.DNS1123_SUBDOMAIN;
        };
    }
}
