package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.List;

/** Defaulting of autoscaling/v2, rbac/v1, storage/v1 and discovery/v1 kinds. */
public final class OtherDefaults {
    static final String RBAC = "rbac.authorization.k8s.io";

    private OtherDefaults() {
    }

    public static void hpa(HorizontalPodAutoscaler hpa) {
        var spec = hpa.getSpec();
        if (spec == null) {
            return;
        }
        if (spec.getMinReplicas() == null) {
            spec.setMinReplicas(1);
        }
        if (spec.getMetrics() == null || spec.getMetrics().isEmpty()) {
            MetricTarget target = new MetricTarget();
            target.setType("Utilization");
            target.setAverageUtilization(80);
            ResourceMetricSource cpu = new ResourceMetricSource();
            cpu.setName("cpu");
            cpu.setTarget(target);
            MetricSpec metric = new MetricSpec();
            metric.setType("Resource");
            metric.setResource(cpu);
            spec.setMetrics(new ArrayList<>(List.of(metric)));
        }
        if (spec.getBehavior() != null) {
            spec.getBehavior().setScaleUp(rules(spec.getBehavior().getScaleUp(), 0,
                List.of(policy("Percent", 100), policy("Pods", 4))));
            spec.getBehavior().setScaleDown(rules(spec.getBehavior().getScaleDown(), 300,
                List.of(policy("Percent", 100))));
        }
    }

    private static HPAScalingRules rules(HPAScalingRules given, int window, List<HPAScalingPolicy> policies) {
        HPAScalingRules r = given == null ? new HPAScalingRules() : given;
        if (r.getStabilizationWindowSeconds() == null) {
            r.setStabilizationWindowSeconds(window);
        }
        if (r.getSelectPolicy() == null || r.getSelectPolicy().isEmpty()) {
            r.setSelectPolicy("Max");
        }
        if (r.getPolicies() == null) {
            r.setPolicies(new ArrayList<>(policies));
        }
        return r;
    }

    private static HPAScalingPolicy policy(String type, int value) {
        HPAScalingPolicy p = new HPAScalingPolicy();
        p.setType(type);
        p.setValue(value);
        p.setPeriodSeconds(15);
        return p;
    }

    public static void roleBinding(RoleBinding rb) {
        roleRef(rb.getRoleRef());
        subjects(rb.getSubjects());
    }

    public static void clusterRoleBinding(ClusterRoleBinding rb) {
        roleRef(rb.getRoleRef());
        subjects(rb.getSubjects());
    }

    private static void roleRef(RoleRef ref) {
        if (ref != null && (ref.getApiGroup() == null || ref.getApiGroup().isEmpty())) {
            ref.setApiGroup(RBAC);
        }
    }

    private static void subjects(List<Subject> subjects) {
        for (Subject s : PodDefaults.Lists.of(subjects)) {
            if (s != null && (s.getApiGroup() == null || s.getApiGroup().isEmpty())) {
                // a ServiceAccount's group stays "" (omitted in JSON)
                if ("User".equals(s.getKind()) || "Group".equals(s.getKind())) {
                    s.setApiGroup(RBAC);
                }
            }
        }
    }

    public static void storageClass(StorageClass sc) {
        if (sc.getReclaimPolicy() == null || sc.getReclaimPolicy().isEmpty()) {
            sc.setReclaimPolicy("Delete");
        }
        if (sc.getVolumeBindingMode() == null || sc.getVolumeBindingMode().isEmpty()) {
            sc.setVolumeBindingMode("Immediate");
        }
    }

    public static void endpointSlice(EndpointSlice es) {
        for (EndpointPort p : PodDefaults.Lists.of(es.getPorts())) {
            if (p == null) {
                continue;
            }
            if (p.getName() == null) {
                p.setName("");
            }
            if (p.getProtocol() == null || p.getProtocol().isEmpty()) {
                p.setProtocol("TCP");
            }
        }
    }
}
