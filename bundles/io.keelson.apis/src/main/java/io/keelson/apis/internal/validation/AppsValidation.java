package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Selectors;
import java.util.List;
import java.util.Objects;

/** apps/v1 Deployment, ReplicaSet, StatefulSet, DaemonSet and core/v1 ReplicationController specs. */
final class AppsValidation {
    private AppsValidation() {
    }

    static void deployment(Deployment d, Errors errs) {
        DeploymentSpec spec = d.getSpec() == null ? new DeploymentSpec() : d.getSpec();
        WorkloadValidation.nonNegative(spec.getReplicas(), "spec.replicas", errs);
        WorkloadValidation.selectorAndTemplate(spec.getSelector(), spec.getTemplate(), "deployment", true,
            "ReplicaSet", errs);
        DeploymentStrategy s = spec.getStrategy();
        if (s != null) {
            String type = Objects.toString(s.getType(), "");
            if (type.equals("Recreate")) {
                if (s.getRollingUpdate() != null) {
                    errs.forbidden("spec.strategy.rollingUpdate",
                        "may not be specified when strategy `type` is 'Recreate'");
                }
            } else if (type.equals("RollingUpdate")) {
                if (s.getRollingUpdate() != null) {
                    var ru = s.getRollingUpdate();
                    WorkloadValidation.intOrPercent(ru.getMaxUnavailable(), "spec.strategy.rollingUpdate.maxUnavailable", errs);
                    WorkloadValidation.intOrPercent(ru.getMaxSurge(), "spec.strategy.rollingUpdate.maxSurge", errs);
                    if (WorkloadValidation.isZero(ru.getMaxUnavailable()) && WorkloadValidation.isZero(ru.getMaxSurge())) {
                        errs.invalid("spec.strategy.rollingUpdate.maxUnavailable", ru.getMaxUnavailable() == null ? null
                            : ru.getMaxUnavailable().getValue(), "may not be 0 when `maxSurge` is 0");
                    }
                }
            } else if (type.isEmpty()) {
                errs.required("spec.strategy.type", "");
            } else {
                errs.notSupported("spec.strategy.type", type, List.of("Recreate", "RollingUpdate"));
            }
        }
        WorkloadValidation.nonNegative(spec.getMinReadySeconds(), "spec.minReadySeconds", errs);
        WorkloadValidation.nonNegative(spec.getRevisionHistoryLimit(), "spec.revisionHistoryLimit", errs);
        Integer pds = spec.getProgressDeadlineSeconds();
        if (pds != null) {
            WorkloadValidation.nonNegative(pds, "spec.progressDeadlineSeconds", errs);
            if (pds <= (spec.getMinReadySeconds() == null ? 0 : spec.getMinReadySeconds())) {
                errs.invalid("spec.progressDeadlineSeconds", (long) pds, "must be greater than minReadySeconds");
            }
        }
    }

    static void replicaSet(ReplicaSet rs, Errors errs) {
        ReplicaSetSpec spec = rs.getSpec() == null ? new ReplicaSetSpec() : rs.getSpec();
        WorkloadValidation.nonNegative(spec.getReplicas(), "spec.replicas", errs);
        WorkloadValidation.nonNegative(spec.getMinReadySeconds(), "spec.minReadySeconds", errs);
        WorkloadValidation.selectorAndTemplate(spec.getSelector(), spec.getTemplate(), "deployment", true,
            "ReplicaSet", errs);
    }

    static void replicationController(ReplicationController rc, Errors errs) {
        var spec = rc.getSpec() == null ? new io.fabric8.kubernetes.api.model.ReplicationControllerSpec() : rc.getSpec();
        WorkloadValidation.nonNegative(spec.getReplicas(), "spec.replicas", errs);
        WorkloadValidation.nonNegative(spec.getMinReadySeconds(), "spec.minReadySeconds", errs);
        var selector = spec.getSelector();
        if (selector == null || selector.isEmpty()) {
            errs.required("spec.selector", "");
        } else {
            io.keelson.apis.internal.meta.ObjectMetaValidation.labels(selector, "spec.selector", errs);
        }
        if (spec.getTemplate() == null) {
            errs.required("spec.template", "");
            return;
        }
        var labels = spec.getTemplate().getMetadata() == null ? null : spec.getTemplate().getMetadata().getLabels();
        if (selector != null && !selector.isEmpty() && (labels == null || !labels.entrySet().containsAll(selector.entrySet()))) {
            errs.invalid("spec.template.metadata.labels", Selectors.labelMap(labels),
                "`selector` does not match template `labels`");
        }
        PodValidation.template(spec.getTemplate(), "spec.template", errs);
        String restart = spec.getTemplate().getSpec() == null ? "" : Objects.toString(spec.getTemplate().getSpec().getRestartPolicy(), "");
        if (!restart.equals("Always")) {
            errs.notSupported("spec.template.spec.restartPolicy", restart, List.of("Always"));
        }
    }

    static void statefulSet(StatefulSet s, Errors errs) {
        StatefulSetSpec spec = s.getSpec() == null ? new StatefulSetSpec() : s.getSpec();
        String pmp = Objects.toString(spec.getPodManagementPolicy(), "");
        if (pmp.isEmpty()) {
            errs.required("spec.podManagementPolicy", "");
        } else if (!pmp.equals("OrderedReady") && !pmp.equals("Parallel")) {
            errs.invalid("spec.podManagementPolicy", pmp, "must be 'OrderedReady' or 'Parallel'");
        }
        String us = spec.getUpdateStrategy() == null ? "" : Objects.toString(spec.getUpdateStrategy().getType(), "");
        if (us.isEmpty()) {
            errs.required("spec.updateStrategy", "");
        } else if (!us.equals("RollingUpdate") && !us.equals("OnDelete")) {
            errs.invalid("spec.updateStrategy", us, "must be 'RollingUpdate' or 'OnDelete'");
        }
        WorkloadValidation.nonNegative(spec.getReplicas(), "spec.replicas", errs);
        WorkloadValidation.nonNegative(spec.getMinReadySeconds(), "spec.minReadySeconds", errs);
        WorkloadValidation.selectorAndTemplate(spec.getSelector(), spec.getTemplate(), "statefulset", true,
            "StatefulSet", errs);
    }

    static void daemonSet(DaemonSet ds, Errors errs) {
        DaemonSetSpec spec = ds.getSpec() == null ? new DaemonSetSpec() : ds.getSpec();
        WorkloadValidation.selectorAndTemplate(spec.getSelector(), spec.getTemplate(), "daemonset", true,
            "DaemonSet", errs);
        WorkloadValidation.nonNegative(spec.getMinReadySeconds(), "spec.minReadySeconds", errs);
        WorkloadValidation.nonNegative(spec.getRevisionHistoryLimit(), "spec.revisionHistoryLimit", errs);
        String us = spec.getUpdateStrategy() == null ? "" : Objects.toString(spec.getUpdateStrategy().getType(), "");
        if (!us.isEmpty() && !us.equals("RollingUpdate") && !us.equals("OnDelete")) {
            errs.notSupported("spec.updateStrategy.type", us, List.of("OnDelete", "RollingUpdate"));
        }
    }

    /** apps/v1 forbids selector changes on update; StatefulSets allow only some spec fields to change. */
    static void update(Object now, Object was, Errors errs) {
        if (now instanceof Deployment d && was instanceof Deployment o && d.getSpec() != null && o.getSpec() != null) {
            WorkloadValidation.selectorImmutable(d.getSpec().getSelector(), o.getSpec().getSelector(), errs);
        } else if (now instanceof ReplicaSet d && was instanceof ReplicaSet o && d.getSpec() != null && o.getSpec() != null) {
            WorkloadValidation.selectorImmutable(d.getSpec().getSelector(), o.getSpec().getSelector(), errs);
        } else if (now instanceof DaemonSet d && was instanceof DaemonSet o && d.getSpec() != null && o.getSpec() != null) {
            WorkloadValidation.selectorImmutable(d.getSpec().getSelector(), o.getSpec().getSelector(), errs);
        } else if (now instanceof StatefulSet d && was instanceof StatefulSet o && d.getSpec() != null && o.getSpec() != null) {
            StatefulSetSpec a = PodValidation.MAPPER.convertValue(d.getSpec(), StatefulSetSpec.class);
            StatefulSetSpec b = o.getSpec();
            a.setReplicas(b.getReplicas());
            a.setOrdinals(b.getOrdinals());
            a.setTemplate(b.getTemplate());
            a.setUpdateStrategy(b.getUpdateStrategy());
            a.setPersistentVolumeClaimRetentionPolicy(b.getPersistentVolumeClaimRetentionPolicy());
            a.setMinReadySeconds(b.getMinReadySeconds());
            if (!PodValidation.tree(a).equals(PodValidation.tree(b))) {
                errs.forbidden("spec", "updates to statefulset spec for fields other than 'replicas', 'ordinals', "
                    + "'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' "
                    + "are forbidden");
            }
        }
    }
}
