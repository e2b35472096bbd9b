package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDaemonSet;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateStatefulSetStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;

/** apps/v1 defaulting (pkg/apis/apps/v1/defaults.go). */
public final class AppsDefaults {
    private AppsDefaults() {
    }

    public static void deployment(Deployment d) {
        DeploymentSpec spec = d.getSpec();
        if (spec == null) {
            return;
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        DeploymentStrategy strategy = spec.getStrategy();
        if (strategy == null) {
            strategy = new DeploymentStrategy();
            spec.setStrategy(strategy);
        }
        if (empty(strategy.getType())) {
            strategy.setType("RollingUpdate");
        }
        if ("RollingUpdate".equals(strategy.getType())) {
            if (strategy.getRollingUpdate() == null) {
                strategy.setRollingUpdate(new RollingUpdateDeployment());
            }
            RollingUpdateDeployment ru = strategy.getRollingUpdate();
            if (ru.getMaxUnavailable() == null) {
                ru.setMaxUnavailable(new IntOrString("25%"));
            }
            if (ru.getMaxSurge() == null) {
                ru.setMaxSurge(new IntOrString("25%"));
            }
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(10);
        }
        if (spec.getProgressDeadlineSeconds() == null) {
            spec.setProgressDeadlineSeconds(600);
        }
        PodDefaults.template(spec.getTemplate());
    }

    public static void replicaSet(ReplicaSet rs) {
        if (rs.getSpec() == null) {
            return;
        }
        if (rs.getSpec().getReplicas() == null) {
            rs.getSpec().setReplicas(1);
        }
        PodDefaults.template(rs.getSpec().getTemplate());
    }

    public static void statefulSet(StatefulSet s) {
        StatefulSetSpec spec = s.getSpec();
        if (spec == null) {
            return;
        }
        if (empty(spec.getPodManagementPolicy())) {
            spec.setPodManagementPolicy("OrderedReady");
        }
        StatefulSetUpdateStrategy us = spec.getUpdateStrategy();
        if (us == null) {
            us = new StatefulSetUpdateStrategy();
            spec.setUpdateStrategy(us);
        }
        if (empty(us.getType())) {
            us.setType("RollingUpdate");
            if (us.getRollingUpdate() == null) {
                us.setRollingUpdate(new RollingUpdateStatefulSetStrategy());
            }
        }
        if ("RollingUpdate".equals(us.getType()) && us.getRollingUpdate() != null
            && us.getRollingUpdate().getPartition() == null) {
            us.getRollingUpdate().setPartition(0);
        }
        StatefulSetPersistentVolumeClaimRetentionPolicy retention = spec.getPersistentVolumeClaimRetentionPolicy();
        if (retention == null) {
            retention = new StatefulSetPersistentVolumeClaimRetentionPolicy();
            spec.setPersistentVolumeClaimRetentionPolicy(retention);
        }
        if (empty(retention.getWhenDeleted())) {
            retention.setWhenDeleted("Retain");
        }
        if (empty(retention.getWhenScaled())) {
            retention.setWhenScaled("Retain");
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(10);
        }
        for (PersistentVolumeClaim pvc : PodDefaults.Lists.of(spec.getVolumeClaimTemplates())) {
            if (pvc != null) {
                CoreDefaults.persistentVolumeClaim(pvc);
            }
        }
        PodDefaults.template(spec.getTemplate());
    }

    public static void daemonSet(DaemonSet ds) {
        DaemonSetSpec spec = ds.getSpec();
        if (spec == null) {
            return;
        }
        DaemonSetUpdateStrategy us = spec.getUpdateStrategy();
        if (us == null) {
            us = new DaemonSetUpdateStrategy();
            spec.setUpdateStrategy(us);
        }
        if (empty(us.getType())) {
            us.setType("RollingUpdate");
        }
        if ("RollingUpdate".equals(us.getType())) {
            if (us.getRollingUpdate() == null) {
                us.setRollingUpdate(new RollingUpdateDaemonSet());
            }
            if (us.getRollingUpdate().getMaxUnavailable() == null) {
                us.getRollingUpdate().setMaxUnavailable(new IntOrString(1));
            }
            if (us.getRollingUpdate().getMaxSurge() == null) {
                us.getRollingUpdate().setMaxSurge(new IntOrString(0));
            }
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(10);
        }
        PodDefaults.template(spec.getTemplate());
    }

    static boolean empty(String s) {
        return s == null || s.isEmpty();
    }
}
