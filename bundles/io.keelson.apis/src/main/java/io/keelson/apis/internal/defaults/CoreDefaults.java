package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.ClientIPConfig;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceSpec;
import io.fabric8.kubernetes.api.model.NamespaceStatus;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.PersistentVolumeStatus;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.SessionAffinityConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** core/v1 defaulting of the non-pod kinds (pkg/apis/core/v1/defaults.go) and their create-time fills. */
public final class CoreDefaults {
    private CoreDefaults() {
    }

    public static void service(Service svc) {
        ServiceSpec spec = svc.getSpec();
        if (spec == null) {
            return;
        }
        if (empty(spec.getSessionAffinity())) {
            spec.setSessionAffinity("None");
        }
        if ("ClientIP".equals(spec.getSessionAffinity())) {
            if (spec.getSessionAffinityConfig() == null) {
                spec.setSessionAffinityConfig(new SessionAffinityConfig());
            }
            if (spec.getSessionAffinityConfig().getClientIP() == null) {
                spec.getSessionAffinityConfig().setClientIP(new ClientIPConfig());
            }
            if (spec.getSessionAffinityConfig().getClientIP().getTimeoutSeconds() == null) {
                spec.getSessionAffinityConfig().getClientIP().setTimeoutSeconds(10800);
            }
        }
        if (empty(spec.getType())) {
            spec.setType("ClusterIP");
        }
        for (ServicePort p : PodDefaults.Lists.of(spec.getPorts())) {
            if (p == null) {
                continue;
            }
            if (empty(p.getProtocol())) {
                p.setProtocol("TCP");
            }
            IntOrString t = p.getTargetPort();
            if (p.getPort() != null && (t == null || t.getValue() == null
                || Integer.valueOf(0).equals(t.getValue()) || "".equals(t.getValue()))) {
                p.setTargetPort(new IntOrString(p.getPort()));
            }
        }
        String type = spec.getType();
        if (("NodePort".equals(type) || "LoadBalancer".equals(type)) && empty(spec.getExternalTrafficPolicy())) {
            spec.setExternalTrafficPolicy("Cluster");
        }
        if (!"ExternalName".equals(type) && empty(spec.getInternalTrafficPolicy())) {
            spec.setInternalTrafficPolicy("Cluster");
        }
        if ("LoadBalancer".equals(type) && spec.getAllocateLoadBalancerNodePorts() == null) {
            spec.setAllocateLoadBalancerNodePorts(true);
        }
        // the service REST storage's IP family defaulting, for a single-stack IPv4 cluster
        if (!"ExternalName".equals(type)) {
            if (empty(spec.getIpFamilyPolicy())) {
                spec.setIpFamilyPolicy("SingleStack");
            }
            if (spec.getIpFamilies() == null || spec.getIpFamilies().isEmpty()) {
                spec.setIpFamilies(new ArrayList<>(List.of("IPv4")));
            }
        }
    }

    public static void namespace(Namespace ns) {
        if (ns.getStatus() == null) {
            ns.setStatus(new NamespaceStatus());
        }
        if (empty(ns.getStatus().getPhase())) {
            ns.getStatus().setPhase("Active");
        }
    }

    /** The namespace strategy's PrepareForCreate: the kubernetes finalizer, always. */
    public static void prepareNamespace(Namespace ns) {
        if (ns.getSpec() == null) {
            ns.setSpec(new NamespaceSpec());
        }
        List<String> finalizers = new ArrayList<>(PodDefaults.Lists.of(ns.getSpec().getFinalizers()));
        if (!finalizers.contains("kubernetes")) {
            finalizers.add("kubernetes");
        }
        ns.getSpec().setFinalizers(finalizers);
        ns.setStatus(new NamespaceStatus(null, "Active"));
    }

    /** Also Kubernetes' v1 conversion: stringData is merged into data (base64) and dropped. */
    public static void secret(Secret s) {
        if (empty(s.getType())) {
            s.setType("Opaque");
        }
        if (s.getStringData() != null && !s.getStringData().isEmpty()) {
            Map<String, String> data = s.getData() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(s.getData());
            s.getStringData().forEach((k, v) -> data.put(k, java.util.Base64.getEncoder().encodeToString(
                (v == null ? "" : v).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            s.setData(data);
        }
        s.setStringData(null);
    }

    public static void persistentVolumeClaim(PersistentVolumeClaim pvc) {
        if (pvc.getSpec() != null && empty(pvc.getSpec().getVolumeMode())) {
            pvc.getSpec().setVolumeMode("Filesystem");
        }
        if (pvc.getStatus() == null) {
            pvc.setStatus(new PersistentVolumeClaimStatus());
        }
        if (empty(pvc.getStatus().getPhase())) {
            pvc.getStatus().setPhase("Pending");
        }
    }

    public static void persistentVolume(PersistentVolume pv) {
        if (pv.getStatus() == null) {
            pv.setStatus(new PersistentVolumeStatus());
        }
        if (empty(pv.getStatus().getPhase())) {
            pv.getStatus().setPhase("Pending");
        }
        if (pv.getSpec() != null) {
            if (empty(pv.getSpec().getPersistentVolumeReclaimPolicy())) {
                pv.getSpec().setPersistentVolumeReclaimPolicy("Retain");
            }
            if (empty(pv.getSpec().getVolumeMode())) {
                pv.getSpec().setVolumeMode("Filesystem");
            }
        }
    }

    public static void replicationController(ReplicationController rc) {
        if (rc.getSpec() == null) {
            return;
        }
        var template = rc.getSpec().getTemplate();
        Map<String, String> labels = template == null || template.getMetadata() == null ? null
            : template.getMetadata().getLabels();
        if (labels != null) {
            if (rc.getSpec().getSelector() == null || rc.getSpec().getSelector().isEmpty()) {
                rc.getSpec().setSelector(new LinkedHashMap<>(labels));
            }
            if (rc.getMetadata() != null && (rc.getMetadata().getLabels() == null
                || rc.getMetadata().getLabels().isEmpty())) {
                rc.getMetadata().setLabels(new LinkedHashMap<>(labels));
            }
        }
        if (rc.getSpec().getReplicas() == null) {
            rc.getSpec().setReplicas(1);
        }
        PodDefaults.template(template);
    }

    public static void endpoints(Endpoints ep) {
        for (EndpointSubset s : PodDefaults.Lists.of(ep.getSubsets())) {
            for (EndpointPort p : PodDefaults.Lists.of(s == null ? null : s.getPorts())) {
                if (p != null && empty(p.getProtocol())) {
                    p.setProtocol("TCP");
                }
            }
        }
    }

    /** Container limits: default limit from max, default request from default limit, then from min. */
    public static void limitRange(LimitRange lr) {
        if (lr.getSpec() == null) {
            return;
        }
        for (LimitRangeItem item : PodDefaults.Lists.of(lr.getSpec().getLimits())) {
            if (item == null || !"Container".equals(item.getType())) {
                continue;
            }
            Map<String, Quantity> def = item.getDefault() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(item.getDefault());
            Map<String, Quantity> req = item.getDefaultRequest() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(item.getDefaultRequest());
            copyAbsent(item.getMax(), def);
            copyAbsent(def, req);
            copyAbsent(item.getMin(), req);
            item.setDefault(def);
            item.setDefaultRequest(req);
        }
    }

    public static void node(Node node) {
        if (node.getStatus() != null && node.getStatus().getAllocatable() == null
            && node.getStatus().getCapacity() != null) {
            node.getStatus().setAllocatable(new LinkedHashMap<>(node.getStatus().getCapacity()));
        }
    }

    private static void copyAbsent(Map<String, Quantity> from, Map<String, Quantity> to) {
        if (from != null) {
            from.forEach((k, v) -> to.putIfAbsent(k, v == null ? null : new Quantity(v.getAmount(), v.getFormat())));
        }
    }

    static boolean empty(String s) {
        return s == null || s.isEmpty();
    }
}
