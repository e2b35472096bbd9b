package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplate;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

/** Dispatches defaulting by type; kinds without defaults are left as they are. */
public final class Defaulting {
    private Defaulting() {
    }

    public static void apply(HasMetadata o) {
        if (o instanceof Pod p) {
            PodDefaults.pod(p);
        } else if (o instanceof PodTemplate t) {
            PodDefaults.template(t.getTemplate());
        } else if (o instanceof Deployment d) {
            AppsDefaults.deployment(d);
        } else if (o instanceof ReplicaSet rs) {
            AppsDefaults.replicaSet(rs);
        } else if (o instanceof StatefulSet s) {
            AppsDefaults.statefulSet(s);
        } else if (o instanceof DaemonSet ds) {
            AppsDefaults.daemonSet(ds);
        } else if (o instanceof Job j) {
            BatchDefaults.job(j);
        } else if (o instanceof CronJob cj) {
            BatchDefaults.cronJob(cj);
        } else if (o instanceof ReplicationController rc) {
            CoreDefaults.replicationController(rc);
        } else if (o instanceof Service s) {
            CoreDefaults.service(s);
        } else if (o instanceof Namespace ns) {
            CoreDefaults.namespace(ns);
        } else if (o instanceof Secret s) {
            CoreDefaults.secret(s);
        } else if (o instanceof PersistentVolumeClaim pvc) {
            CoreDefaults.persistentVolumeClaim(pvc);
        } else if (o instanceof PersistentVolume pv) {
            CoreDefaults.persistentVolume(pv);
        } else if (o instanceof Endpoints ep) {
            CoreDefaults.endpoints(ep);
        } else if (o instanceof LimitRange lr) {
            CoreDefaults.limitRange(lr);
        } else if (o instanceof Node n) {
            CoreDefaults.node(n);
        } else if (o instanceof HorizontalPodAutoscaler hpa) {
            OtherDefaults.hpa(hpa);
        } else if (o instanceof RoleBinding rb) {
            OtherDefaults.roleBinding(rb);
        } else if (o instanceof ClusterRoleBinding crb) {
            OtherDefaults.clusterRoleBinding(crb);
        } else if (o instanceof StorageClass sc) {
            OtherDefaults.storageClass(sc);
        } else if (o instanceof EndpointSlice es) {
            OtherDefaults.endpointSlice(es);
        }
    }
}
