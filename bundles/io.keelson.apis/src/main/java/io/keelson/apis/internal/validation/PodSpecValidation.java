package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Names;
import io.keelson.apis.internal.meta.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Kubernetes' ValidatePodSpec, the parts kubectl users meet (path is "spec" or "spec.template.spec"). */
final class PodSpecValidation {
    static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");

    private PodSpecValidation() {
    }

    static void validate(PodSpec spec, String path, boolean isPod, Errors errs) {
        if (spec == null) {
            errs.required(path + ".containers", "");
            return;
        }
        volumes(spec.getVolumes(), path + ".volumes", errs);
        Set<String> names = new HashSet<>();
        containers(spec.getInitContainers(), path + ".initContainers", names, false, isPod, errs);
        containers(spec.getContainers(), path + ".containers", names, true, isPod, errs);
        String restart = spec.getRestartPolicy() == null ? "" : spec.getRestartPolicy();
        if (restart.isEmpty()) {
            errs.required(path + ".restartPolicy", "");
        } else if (!RESTART_POLICIES.contains(restart)) {
            errs.notSupported(path + ".restartPolicy", restart, RESTART_POLICIES);
        }
        String dns = spec.getDnsPolicy() == null ? "" : spec.getDnsPolicy();
        if (dns.isEmpty()) {
            errs.required(path + ".dnsPolicy", "");
        } else if (!DNS_POLICIES.contains(dns)) {
            errs.notSupported(path + ".dnsPolicy", dns, DNS_POLICIES);
        }
        ObjectMetaValidation.labels(spec.getNodeSelector(), path + ".nodeSelector", errs);
        subdomain(spec.getServiceAccountName(), path + ".serviceAccountName", errs);
        subdomain(spec.getNodeName(), path + ".nodeName", errs);
        subdomain(spec.getPriorityClassName(), path + ".priorityClassName", errs);
        if (spec.getHostname() != null && !spec.getHostname().isEmpty()) {
            errs.invalidEach(path + ".hostname", spec.getHostname(), Names.dns1123Label(spec.getHostname()));
        }
        if (spec.getSubdomain() != null && !spec.getSubdomain().isEmpty()) {
            errs.invalidEach(path + ".subdomain", spec.getSubdomain(), Names.dns1123Label(spec.getSubdomain()));
        }
        Long deadline = spec.getActiveDeadlineSeconds();
        if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
            errs.invalid(path + ".activeDeadlineSeconds", deadline, "must be between 1 and 2147483647, inclusive");
        }
    }

    private static void subdomain(String value, String path, Errors errs) {
        if (value != null && !value.isEmpty()) {
            errs.invalidEach(path, value, Names.dns1123Subdomain(value));
        }
    }

    private static Set<String> volumes(List<Volume> volumes, String path, Errors errs) {
        Set<String> names = new HashSet<>();
        List<Volume> list = volumes == null ? List.of() : volumes;
        for (int i = 0; i < list.size(); i++) {
            Volume v = list.get(i);
            String p = path + "[" + i + "].name";
            String name = v == null || v.getName() == null ? "" : v.getName();
            if (name.isEmpty()) {
                errs.required(p, "");
            } else {
                errs.invalidEach(p, name, Names.dns1123Label(name));
            }
            if (!name.isEmpty() && !names.add(name)) {
                errs.duplicate(p, name);
            }
        }
        return names;
    }

    private static void containers(List<Container> list, String path, Set<String> names, boolean required,
        boolean isPod, Errors errs) {
        List<Container> cs = list == null ? List.of() : list;
        if (required && cs.isEmpty()) {
            errs.required(path, "");
            return;
        }
        for (int i = 0; i < cs.size(); i++) {
            Container c = cs.get(i) == null ? new Container() : cs.get(i);
            String p = path + "[" + i + "]";
            String name = c.getName() == null ? "" : c.getName();
            if (name.isEmpty()) {
                errs.required(p + ".name", "");
            } else {
                errs.invalidEach(p + ".name", name, Names.dns1123Label(name));
                if (!names.add(name)) {
                    errs.duplicate(p + ".name", name);
                }
            }
            String image = c.getImage() == null ? "" : c.getImage();
            if (image.isEmpty()) {
                errs.required(p + ".image", "");
            } else if (isPod && !image.equals(image.strip())) {
                errs.invalid(p + ".image", image, "must not have leading or trailing whitespace");
            }
            ports(c.getPorts(), p + ".ports", errs);
            String pull = c.getImagePullPolicy() == null ? "" : c.getImagePullPolicy();
            if (pull.isEmpty()) {
                errs.required(p + ".imagePullPolicy", "");
            } else if (!PULL_POLICIES.contains(pull)) {
                errs.notSupported(p + ".imagePullPolicy", pull, PULL_POLICIES);
            }
            String tmp = c.getTerminationMessagePolicy() == null ? "" : c.getTerminationMessagePolicy();
            if (tmp.isEmpty()) {
                errs.required(p + ".terminationMessagePolicy", "");
            } else if (!tmp.equals("File") && !tmp.equals("FallbackToLogsOnError")) {
                errs.invalid(p + ".terminationMessagePolicy", tmp, "must be 'File' or 'FallbackToLogsOnError'");
            }
            Resources.validate(c.getResources(), p + ".resources", errs);
        }
    }

    private static void ports(List<ContainerPort> list, String path, Errors errs) {
        List<ContainerPort> ports = list == null ? List.of() : list;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            ContainerPort port = ports.get(i) == null ? new ContainerPort() : ports.get(i);
            String p = path + "[" + i + "]";
            String name = port.getName() == null ? "" : port.getName();
            if (!name.isEmpty()) {
                errs.invalidEach(p + ".name", name, Ports.portName(name));
                if (!names.add(name)) {
                    errs.duplicate(p + ".name", name);
                }
            }
            int cp = port.getContainerPort() == null ? 0 : port.getContainerPort();
            if (cp == 0) {
                errs.required(p + ".containerPort", "");
            } else if (cp < 1 || cp > 65535) {
                errs.invalid(p + ".containerPort", cp, Ports.RANGE);
            }
            int hp = port.getHostPort() == null ? 0 : port.getHostPort();
            if (hp != 0 && (hp < 1 || hp > 65535)) {
                errs.invalid(p + ".hostPort", hp, Ports.RANGE);
            }
            String protocol = port.getProtocol() == null ? "" : port.getProtocol();
            if (protocol.isEmpty()) {
                errs.required(p + ".protocol", "");
            } else if (!PROTOCOLS.contains(protocol)) {
                errs.notSupported(p + ".protocol", protocol, PROTOCOLS);
            }
        }
    }

    static List<String> names(List<Container> cs) {
        List<String> out = new ArrayList<>();
        for (Container c : cs == null ? List.<Container>of() : cs) {
            out.add(c == null ? null : c.getName());
        }
        return out;
    }
}
