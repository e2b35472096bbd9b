package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
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
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.keelson.apis.FieldError;
import io.keelson.apis.internal.Kinds;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.ObjectMetaValidation;
import java.util.List;

/** Dispatches validation by type: metadata for every kind, the spec rules for the kinds that have them. */
public final class Validating {
    private Validating() {
    }

    public static List<FieldError> create(HasMetadata o) {
        Errors errs = new Errors();
        if (o == null) {
            return errs.required("metadata.name", "name or generateName is required").list();
        }
        try {
            ObjectMetaValidation.validate(o.getMetadata(), Kinds.nameRule(Kinds.group(o), Kinds.kind(o)), errs);
            spec(o, errs);
        } catch (RuntimeException e) {
            // a shape no rule foresaw is the client's error, never the server's
            errs.invalid("", "", "invalid object: " + e);
        }
        return errs.list();
    }

    public static List<FieldError> update(HasMetadata o, HasMetadata old) {
        Errors errs = new Errors();
        if (o == null || old == null) {
            return errs.required("metadata.name", "name or generateName is required").list();
        }
        try {
            ObjectMetaValidation.validateUpdate(o.getMetadata(), old.getMetadata(),
                Kinds.nameRule(Kinds.group(o), Kinds.kind(o)), errs);
            if (o instanceof Pod p && old instanceof Pod was) {
                PodValidation.update(p, was, errs);
            } else {
                spec(o, errs);
            }
            AppsValidation.update(o, old, errs);
            if (o instanceof Job j && old instanceof Job was) {
                BatchValidation.jobUpdate(j, was, errs);
            } else if (o instanceof Service s && old instanceof Service was) {
                ServiceValidation.update(s, was, errs);
            } else if (o instanceof ConfigMap c && old instanceof ConfigMap was) {
                ConfigValidation.configMapUpdate(c, was, errs);
            } else if (o instanceof Secret s && old instanceof Secret was) {
                ConfigValidation.secretUpdate(s, was, errs);
            } else if (o instanceof StorageClass s && old instanceof StorageClass was) {
                StorageValidation.storageClassUpdate(s, was, errs);
            }
        } catch (RuntimeException e) {
            errs.invalid("", "", "invalid object: " + e);
        }
        return errs.list();
    }

    private static void spec(HasMetadata o, Errors errs) {
        if (o instanceof Pod p) {
            PodValidation.create(p, errs);
        } else if (o instanceof Deployment d) {
            AppsValidation.deployment(d, errs);
        } else if (o instanceof ReplicaSet rs) {
            AppsValidation.replicaSet(rs, errs);
        } else if (o instanceof StatefulSet s) {
            AppsValidation.statefulSet(s, errs);
        } else if (o instanceof DaemonSet ds) {
            AppsValidation.daemonSet(ds, errs);
        } else if (o instanceof ReplicationController rc) {
            AppsValidation.replicationController(rc, errs);
        } else if (o instanceof Job j) {
            BatchValidation.job(j, errs);
        } else if (o instanceof CronJob cj) {
            BatchValidation.cronJob(cj, errs);
        } else if (o instanceof Service s) {
            ServiceValidation.create(s, errs);
        } else if (o instanceof ConfigMap cm) {
            ConfigValidation.configMap(cm, errs);
        } else if (o instanceof Secret s) {
            ConfigValidation.secret(s, errs);
        } else if (o instanceof Namespace ns) {
            OtherValidation.namespace(ns, errs);
        } else if (o instanceof PersistentVolumeClaim pvc) {
            OtherValidation.persistentVolumeClaim(pvc, errs);
        } else if (o instanceof HorizontalPodAutoscaler hpa) {
            OtherValidation.hpa(hpa, errs);
        } else if (o instanceof Lease lease) {
            OtherValidation.lease(lease, errs);
        } else if (o instanceof Role r) {
            RbacValidation.rules(r.getRules(), true, errs);
        } else if (o instanceof ClusterRole r) {
            RbacValidation.rules(r.getRules(), false, errs);
        } else if (o instanceof StorageClass sc) {
            StorageValidation.storageClass(sc, errs);
        }
    }
}
