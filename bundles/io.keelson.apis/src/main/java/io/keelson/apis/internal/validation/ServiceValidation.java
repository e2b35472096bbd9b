package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.GoLiteral;
import io.keelson.apis.internal.meta.Names;
import io.keelson.apis.internal.meta.ObjectMetaValidation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** core/v1 Service: ports, type, affinity, external name, cluster IP (and its immutability). */
final class ServiceValidation {
    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");

    private ServiceValidation() {
    }

    static void create(Service svc, Errors errs) {
        ServiceSpec spec = svc.getSpec() == null ? new ServiceSpec() : svc.getSpec();
        String type = Objects.toString(spec.getType(), "");
        String clusterIP = Objects.toString(spec.getClusterIP(), "");
        List<ServicePort> ports = spec.getPorts() == null ? List.of() : spec.getPorts();
        if (type.equals("ExternalName")) {
            String cname = Objects.toString(spec.getExternalName(), "");
            cname = cname.endsWith(".") ? cname.substring(0, cname.length() - 1) : cname;
            if (cname.isEmpty()) {
                errs.required("spec.externalName", "");
            } else {
                errs.invalidEach("spec.externalName", cname, Names.dns1123Subdomain(cname));
            }
        }
        if (ports.isEmpty() && !"None".equals(clusterIP) && !type.equals("ExternalName")) {
            errs.required("spec.ports", "");
        }
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            ServicePort p = ports.get(i) == null ? new ServicePort() : ports.get(i);
            String path = "spec.ports[" + i + "]";
            port(p, path, ports.size() > 1, names, errs);
            String key = Objects.toString(p.getProtocol(), "") + "/" + p.getPort();
            if (!keys.add(key)) {
                errs.duplicate(path, new GoLiteral("core.ServicePort{Name:\"\", Protocol:\"" + Objects.toString(
                    p.getProtocol(), "") + "\", AppProtocol:(*string)(nil), Port:" + p.getPort()
                    + ", TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}"));
            }
            if (type.equals("ClusterIP") && p.getNodePort() != null && p.getNodePort() != 0) {
                errs.forbidden(path + ".nodePort", "may not be used when `type` is 'ClusterIP'");
            }
        }
        if (type.isEmpty()) {
            errs.required("spec.type", "");
        } else if (!TYPES.contains(type)) {
            errs.notSupported("spec.type", type, TYPES);
        }
        String affinity = Objects.toString(spec.getSessionAffinity(), "");
        if (affinity.isEmpty()) {
            errs.required("spec.sessionAffinity", "");
        } else if (!affinity.equals("ClientIP") && !affinity.equals("None")) {
            errs.notSupported("spec.sessionAffinity", affinity, List.of("ClientIP", "None"));
        }
        ObjectMetaValidation.labels(spec.getSelector(), "spec.selector", errs);
        if (!clusterIP.isEmpty() && !clusterIP.equals("None") && !IpAddresses.isIp(clusterIP)) {
            errs.invalid("spec.clusterIPs[0]", clusterIP, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
        }
    }

    private static void port(ServicePort p, String path, boolean requireName, Set<String> names, Errors errs) {
        String name = Objects.toString(p.getName(), "");
        if (requireName && name.isEmpty()) {
            errs.required(path + ".name", "");
        } else if (!name.isEmpty()) {
            errs.invalidEach(path + ".name", name, Names.dns1123Label(name));
            if (!names.add(name)) {
                errs.duplicate(path + ".name", name);
            }
        }
        int port = p.getPort() == null ? 0 : p.getPort();
        if (port < 1 || port > 65535) {
            errs.invalid(path + ".port", port, Ports.RANGE);
        }
        String protocol = Objects.toString(p.getProtocol(), "");
        if (protocol.isEmpty()) {
            errs.required(path + ".protocol", "");
        } else if (!PodSpecValidation.PROTOCOLS.contains(protocol)) {
            errs.notSupported(path + ".protocol", protocol, PodSpecValidation.PROTOCOLS);
        }
        Ports.numOrName(p.getTargetPort(), path + ".targetPort", errs);
        Integer nodePort = p.getNodePort();
        if (nodePort != null && nodePort != 0 && (nodePort < 1 || nodePort > 65535)) {
            errs.invalid(path + ".nodePort", nodePort, Ports.RANGE);
        }
    }

    static void update(Service now, Service was, Errors errs) {
        String a = now.getSpec() == null ? "" : Objects.toString(now.getSpec().getClusterIP(), "");
        String b = was.getSpec() == null ? "" : Objects.toString(was.getSpec().getClusterIP(), "");
        boolean externalName = now.getSpec() != null && "ExternalName".equals(now.getSpec().getType())
            || was.getSpec() != null && "ExternalName".equals(was.getSpec().getType());
        if (!externalName && !b.isEmpty() && !a.isEmpty() && !a.equals(b)) {
            List<String> ips = now.getSpec().getClusterIPs() == null || now.getSpec().getClusterIPs().isEmpty()
                ? List.of(a) : now.getSpec().getClusterIPs();
            errs.invalid("spec.clusterIPs[0]", ips, "may not change once set");
        }
    }

    /** Literal IPv4/IPv6 addresses only (no host names, no resolution). */
    static final class IpAddresses {
        private IpAddresses() {
        }

        static boolean isIp(String s) {
            if (s.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")) {
                for (String part : s.split("\\.")) {
                    if (Integer.parseInt(part) > 255 || part.length() > 1 && part.startsWith("0")) {
                        return false;
                    }
                }
                return true;
            }
            return s.contains(":") && s.matches("[0-9A-Fa-f:.]+") && s.length() <= 45;
        }
    }
}
