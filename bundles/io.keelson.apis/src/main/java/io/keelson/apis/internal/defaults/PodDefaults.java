package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kubernetes' core/v1 defaulting of pods and pod templates (SetDefaults_Pod, _PodSpec, _Container). */
public final class PodDefaults {
    private PodDefaults() {
    }

    /** A Pod: the template defaults plus what only a Pod gets (service links, requests from limits). */
    public static void pod(Pod pod) {
        if (pod.getSpec() == null) {
            return;
        }
        PodSpec spec = pod.getSpec();
        podSpec(spec);
        for (Container c : Lists.of(spec.getContainers())) {
            requestsFromLimits(c);
        }
        for (Container c : Lists.of(spec.getInitContainers())) {
            requestsFromLimits(c);
        }
        if (spec.getEnableServiceLinks() == null) {
            spec.setEnableServiceLinks(true);
        }
    }

    /** The pod strategy's PrepareForCreate: status starts Pending with its QoS class. */
    public static void prepareForCreate(Pod pod) {
        PodStatus status = new PodStatus();
        status.setPhase("Pending");
        status.setQosClass(PodQos.of(pod.getSpec()));
        pod.setStatus(status);
    }

    public static void template(PodTemplateSpec template) {
        if (template != null && template.getSpec() != null) {
            podSpec(template.getSpec());
        }
    }

    public static void podSpec(PodSpec spec) {
        // pod-level resources are alpha in v1.32 (PodLevelResources gate off): the field is known but dropped
        spec.setResources(null);
        if (spec.getDnsPolicy() == null || spec.getDnsPolicy().isEmpty()) {
            spec.setDnsPolicy("ClusterFirst");
        }
        if (spec.getRestartPolicy() == null || spec.getRestartPolicy().isEmpty()) {
            spec.setRestartPolicy("Always");
        }
        if (spec.getSecurityContext() == null) {
            spec.setSecurityContext(new PodSecurityContext());
        }
        if (spec.getTerminationGracePeriodSeconds() == null) {
            spec.setTerminationGracePeriodSeconds(30L);
        }
        if (spec.getSchedulerName() == null || spec.getSchedulerName().isEmpty()) {
            spec.setSchedulerName("default-scheduler");
        }
        boolean hostNetwork = Boolean.TRUE.equals(spec.getHostNetwork());
        for (Container c : Lists.of(spec.getInitContainers())) {
            container(c, hostNetwork);
        }
        for (Container c : Lists.of(spec.getContainers())) {
            container(c, hostNetwork);
        }
        for (EphemeralContainer c : Lists.of(spec.getEphemeralContainers())) {
            if (c != null) {
                ephemeral(c);
            }
        }
        VolumeDefaults.volumes(spec.getVolumes());
    }

    static void container(Container c, boolean hostNetwork) {
        if (c == null) {
            return;
        }
        if (c.getImagePullPolicy() == null || c.getImagePullPolicy().isEmpty()) {
            c.setImagePullPolicy(pullPolicy(c.getImage()));
        }
        if (c.getTerminationMessagePath() == null || c.getTerminationMessagePath().isEmpty()) {
            c.setTerminationMessagePath("/dev/termination-log");
        }
        if (c.getTerminationMessagePolicy() == null || c.getTerminationMessagePolicy().isEmpty()) {
            c.setTerminationMessagePolicy("File");
        }
        for (ContainerPort p : Lists.of(c.getPorts())) {
            if (p == null) {
                continue;
            }
            if (p.getProtocol() == null || p.getProtocol().isEmpty()) {
                p.setProtocol("TCP");
            }
            if (hostNetwork && (p.getHostPort() == null || p.getHostPort() == 0)) {
                p.setHostPort(p.getContainerPort());
            }
        }
        probe(c.getLivenessProbe());
        probe(c.getReadinessProbe());
        probe(c.getStartupProbe());
        VolumeDefaults.env(c.getEnv());
        VolumeDefaults.handlers(c.getLifecycle());
    }

    static void ephemeral(EphemeralContainer c) {
        if (c.getImagePullPolicy() == null || c.getImagePullPolicy().isEmpty()) {
            c.setImagePullPolicy(pullPolicy(c.getImage()));
        }
        if (c.getTerminationMessagePath() == null || c.getTerminationMessagePath().isEmpty()) {
            c.setTerminationMessagePath("/dev/termination-log");
        }
        if (c.getTerminationMessagePolicy() == null || c.getTerminationMessagePolicy().isEmpty()) {
            c.setTerminationMessagePolicy("File");
        }
        VolumeDefaults.env(c.getEnv());
    }

    /** Always for ":latest" or no tag (and no digest), else IfNotPresent; unparsable images too. */
    public static String pullPolicy(String image) {
        return "latest".equals(ImageRef.tag(image)) ? "Always" : "IfNotPresent";
    }

    static void probe(Probe p) {
        if (p == null) {
            return;
        }
        if (p.getTimeoutSeconds() == null || p.getTimeoutSeconds() == 0) {
            p.setTimeoutSeconds(1);
        }
        if (p.getPeriodSeconds() == null || p.getPeriodSeconds() == 0) {
            p.setPeriodSeconds(10);
        }
        if (p.getSuccessThreshold() == null || p.getSuccessThreshold() == 0) {
            p.setSuccessThreshold(1);
        }
        if (p.getFailureThreshold() == null || p.getFailureThreshold() == 0) {
            p.setFailureThreshold(3);
        }
        VolumeDefaults.httpGet(p.getHttpGet());
    }

    /** Requests default to limits, per resource, when a container sets limits only. */
    static void requestsFromLimits(Container c) {
        if (c == null || c.getResources() == null || c.getResources().getLimits() == null) {
            return;
        }
        ResourceRequirements r = c.getResources();
        Map<String, Quantity> requests = r.getRequests() == null ? new LinkedHashMap<>()
            : new LinkedHashMap<>(r.getRequests());
        r.getLimits().forEach((k, v) -> requests.putIfAbsent(k, v == null ? null : new Quantity(v.getAmount(), v.getFormat())));
        if (!requests.isEmpty()) {
            r.setRequests(requests);
        }
    }

    /** Lists that tolerate null. */
    static final class Lists {
        private Lists() {
        }

        static <T> List<T> of(List<T> l) {
            return l == null ? List.of() : new ArrayList<>(l);
        }
    }
}
