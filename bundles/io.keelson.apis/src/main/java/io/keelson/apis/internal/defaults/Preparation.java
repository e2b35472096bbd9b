package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.PersistentVolumeStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ReplicationControllerStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.keelson.apis.internal.Kinds;

/** The registry strategies' PrepareForCreate: status the client sent is dropped, generation starts at 1. */
public final class Preparation {
    private Preparation() {
    }

    public static void prepareForCreate(HasMetadata o) {
        if (o.getMetadata() != null) {
            o.getMetadata().setGeneration(Kinds.tracksGeneration(o) ? 1L : null);
        }
        if (o instanceof Pod p) {
            PodDefaults.prepareForCreate(p);
        } else if (o instanceof Namespace ns) {
            CoreDefaults.prepareNamespace(ns);
        } else if (o instanceof Deployment d) {
            d.setStatus(new DeploymentStatus());
        } else if (o instanceof ReplicaSet rs) {
            rs.setStatus(new ReplicaSetStatus());
        } else if (o instanceof StatefulSet s) {
            s.setStatus(new StatefulSetStatus());
        } else if (o instanceof DaemonSet ds) {
            ds.setStatus(new DaemonSetStatus());
        } else if (o instanceof ReplicationController rc) {
            rc.setStatus(new ReplicationControllerStatus());
        } else if (o instanceof Job j) {
            j.setStatus(new JobStatus());
        } else if (o instanceof CronJob cj) {
            cj.setStatus(new CronJobStatus());
        } else if (o instanceof Service s) {
            s.setStatus(new ServiceStatus());
        } else if (o instanceof HorizontalPodAutoscaler hpa) {
            var status = new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerStatus();
            status.setDesiredReplicas(0);
            hpa.setStatus(status);
        } else if (o instanceof PodDisruptionBudget pdb) {
            var status = new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetStatus();
            status.setDisruptionsAllowed(0);
            status.setCurrentHealthy(0);
            status.setDesiredHealthy(0);
            status.setExpectedPods(0);
            pdb.setStatus(status);
        } else if (o instanceof PersistentVolumeClaim pvc) {
            pvc.setStatus(new PersistentVolumeClaimStatus());
            pvc.getStatus().setPhase("Pending");
        } else if (o instanceof PersistentVolume pv) {
            pv.setStatus(new PersistentVolumeStatus());
            pv.getStatus().setPhase("Pending");
        }
    }
}
