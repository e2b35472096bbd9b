package io.keelson.apiserver.internal.registry;

import static io.keelson.apiserver.internal.registry.ResourceType.NameRule.DNS1035_LABEL;
import static io.keelson.apiserver.internal.registry.ResourceType.NameRule.DNS1123_LABEL;
import static io.keelson.apiserver.internal.registry.ResourceType.NameRule.DNS1123_SUBDOMAIN;
import static io.keelson.apiserver.internal.registry.ResourceType.NameRule.PATH_SEGMENT;
import static io.keelson.apiserver.internal.registry.ResourceType.Trait.SCALE;
import static io.keelson.apiserver.internal.registry.ResourceType.Trait.RETURNS_DELETED_OBJECT;
import static io.keelson.apiserver.internal.registry.ResourceType.Trait.STATUS;
import static io.keelson.apiserver.internal.registry.ResourceType.Trait.VIRTUAL;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.keelson.apiserver.internal.registry.ResourceType.NameRule;
import io.keelson.apiserver.internal.registry.ResourceType.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every served resource, in one table (as `kubectl api-resources` against Kubernetes 1.32 shows them). */
public final class ResourceRegistry {

    private static final List<String> ALL_VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");
    private static final List<String> NO_COLLECTION_DELETE = List.of("create", "delete", "get", "list", "patch", "update", "watch");
    private static final List<String> CREATE_ONLY = List.of("create");
    private static final List<String> ALL = List.of("all");

    private final List<ResourceType> types = new ArrayList<>();
    /** Preferred version first, in the order /apis lists groups. */
    private final Map<String, List<String>> groupVersions = new LinkedHashMap<>();

    public ResourceRegistry() {
        // core/v1
        add("", "v1", "Binding", "bindings", true, List.of(), CREATE_ONLY, List.of(), null, DNS1123_SUBDOMAIN, VIRTUAL);
        add("", "v1", "ConfigMap", "configmaps", true, List.of("cm"), ALL_VERBS, List.of(), ConfigMap.class, DNS1123_SUBDOMAIN);
        add("", "v1", "Endpoints", "endpoints", true, List.of("ep"), ALL_VERBS, List.of(), Endpoints.class, DNS1123_SUBDOMAIN);
        add("", "v1", "Event", "events", true, List.of("ev"), ALL_VERBS, List.of(), io.fabric8.kubernetes.api.model.Event.class, DNS1123_SUBDOMAIN);
        add("", "v1", "LimitRange", "limitranges", true, List.of("limits"), ALL_VERBS, List.of(), LimitRange.class, DNS1123_SUBDOMAIN);
        add("", "v1", "Namespace", "namespaces", false, List.of("ns"), NO_COLLECTION_DELETE, List.of(), Namespace.class, DNS1123_LABEL, STATUS,
                RETURNS_DELETED_OBJECT);
        add("", "v1", "Node", "nodes", false, List.of("no"), ALL_VERBS, List.of(), Node.class, DNS1123_SUBDOMAIN, STATUS);
        add("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, List.of("pvc"), ALL_VERBS, List.of(),
                PersistentVolumeClaim.class, DNS1123_SUBDOMAIN, STATUS);
        add("", "v1", "PersistentVolume", "persistentvolumes", false, List.of("pv"), ALL_VERBS, List.of(), PersistentVolume.class,
                DNS1123_SUBDOMAIN, STATUS);
        add("", "v1", "Pod", "pods", true, List.of("po"), ALL_VERBS, ALL, Pod.class, DNS1123_SUBDOMAIN, STATUS, RETURNS_DELETED_OBJECT);
        add("", "v1", "ReplicationController", "replicationcontrollers", true, List.of("rc"), ALL_VERBS, ALL,
                ReplicationController.class, DNS1123_SUBDOMAIN, STATUS, SCALE);
        add("", "v1", "ResourceQuota", "resourcequotas", true, List.of("quota"), ALL_VERBS, List.of(), ResourceQuota.class,
                DNS1123_SUBDOMAIN, STATUS);
        add("", "v1", "Secret", "secrets", true, List.of(), ALL_VERBS, List.of(), Secret.class, DNS1123_SUBDOMAIN);
        add("", "v1", "ServiceAccount", "serviceaccounts", true, List.of("sa"), ALL_VERBS, List.of(), ServiceAccount.class,
                DNS1123_SUBDOMAIN);
        add("", "v1", "Service", "services", true, List.of("svc"), ALL_VERBS, ALL, Service.class, DNS1035_LABEL, STATUS,
                RETURNS_DELETED_OBJECT);
        // apps/v1
        add("apps", "v1", "ControllerRevision", "controllerrevisions", true, List.of(), ALL_VERBS, List.of(),
                ControllerRevision.class, DNS1123_SUBDOMAIN);
        add("apps", "v1", "DaemonSet", "daemonsets", true, List.of("ds"), ALL_VERBS, ALL, DaemonSet.class, DNS1123_SUBDOMAIN, STATUS);
        add("apps", "v1", "Deployment", "deployments", true, List.of("deploy"), ALL_VERBS, ALL, Deployment.class, DNS1123_SUBDOMAIN, STATUS,
                SCALE);
        add("apps", "v1", "ReplicaSet", "replicasets", true, List.of("rs"), ALL_VERBS, ALL, ReplicaSet.class, DNS1123_SUBDOMAIN, STATUS,
                SCALE);
        add("apps", "v1", "StatefulSet", "statefulsets", true, List.of("sts"), ALL_VERBS, ALL, StatefulSet.class, DNS1123_SUBDOMAIN, STATUS,
                SCALE);
        // authentication.k8s.io/v1 and authorization.k8s.io/v1: reviews, answered and never stored
        add("authentication.k8s.io", "v1", "SelfSubjectReview", "selfsubjectreviews", false, List.of(), CREATE_ONLY, List.of(), null,
                PATH_SEGMENT, VIRTUAL);
        add("authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews", false, List.of(), CREATE_ONLY,
                List.of(), null, PATH_SEGMENT, VIRTUAL);
        add("authorization.k8s.io", "v1", "SelfSubjectRulesReview", "selfsubjectrulesreviews", false, List.of(), CREATE_ONLY,
                List.of(), null, PATH_SEGMENT, VIRTUAL);
        // autoscaling/v2
        add("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, List.of("hpa"), ALL_VERBS, ALL,
                HorizontalPodAutoscaler.class, DNS1123_SUBDOMAIN, STATUS);
        // batch/v1
        add("batch", "v1", "CronJob", "cronjobs", true, List.of("cj"), ALL_VERBS, ALL, CronJob.class, DNS1123_SUBDOMAIN, STATUS);
        add("batch", "v1", "Job", "jobs", true, List.of(), ALL_VERBS, ALL, Job.class, DNS1123_SUBDOMAIN, STATUS);
        // coordination.k8s.io/v1
        add("coordination.k8s.io", "v1", "Lease", "leases", true, List.of(), ALL_VERBS, List.of(), Lease.class, DNS1123_SUBDOMAIN);
        // discovery.k8s.io/v1
        add("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true, List.of(), ALL_VERBS, List.of(), EndpointSlice.class,
                DNS1123_SUBDOMAIN);
        // events.k8s.io/v1
        add("events.k8s.io", "v1", "Event", "events", true, List.of("ev"), ALL_VERBS, List.of(),
                io.fabric8.kubernetes.api.model.events.v1.Event.class, DNS1123_SUBDOMAIN);
        // policy/v1
        add("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, List.of("pdb"), ALL_VERBS, List.of(),
                PodDisruptionBudget.class, DNS1123_SUBDOMAIN, STATUS);
        // rbac.authorization.k8s.io/v1
        add("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false, List.of(), ALL_VERBS, List.of(),
                ClusterRoleBinding.class, PATH_SEGMENT);
        add("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false, List.of(), ALL_VERBS, List.of(),
                ClusterRole.class, PATH_SEGMENT);
        add("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true, List.of(), ALL_VERBS, List.of(),
                RoleBinding.class, PATH_SEGMENT);
        add("rbac.authorization.k8s.io", "v1", "Role", "roles", true, List.of(), ALL_VERBS, List.of(), Role.class, PATH_SEGMENT);
        // storage.k8s.io/v1
        add("storage.k8s.io", "v1", "StorageClass", "storageclasses", false, List.of("sc"), ALL_VERBS, List.of(),
                StorageClass.class, DNS1123_SUBDOMAIN);
    }

    private void add(String group, String version, String kind, String plural, boolean namespaced, List<String> shortNames,
            List<String> verbs, List<String> categories, Class<?> modelClass, NameRule nameRule, Trait... traits) {
        types.add(new ResourceType(group, version, kind, plural, kind.toLowerCase(java.util.Locale.ROOT), namespaced, shortNames,
                verbs, categories, modelClass, nameRule, List.of(traits)));
        List<String> versions = groupVersions.computeIfAbsent(group, g -> new ArrayList<>());
        if (!versions.contains(version)) {
            versions.add(version);
        }
    }

    public List<ResourceType> all() {
        return List.copyOf(types);
    }

    public Optional<ResourceType> find(String group, String version, String plural) {
        return types.stream().filter(t -> t.group().equals(group) && t.version().equals(version) && t.plural().equals(plural))
                .findFirst();
    }

    public Optional<ResourceType> byKind(String group, String kind) {
        return types.stream().filter(t -> t.group().equals(group) && t.kind().equals(kind)).findFirst();
    }

    public List<ResourceType> inGroupVersion(String group, String version) {
        return types.stream().filter(t -> t.group().equals(group) && t.version().equals(version)).toList();
    }

    /** Named groups (not core), in discovery order. */
    public List<String> groups() {
        return groupVersions.keySet().stream().filter(g -> !g.isEmpty()).toList();
    }

    public List<String> versions(String group) {
        return groupVersions.getOrDefault(group, List.of());
    }

    public ResourceType namespaces() {
        return find("", "v1", "namespaces").orElseThrow();
    }
}
