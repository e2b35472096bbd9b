package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Namespaces, nodes, endpoints, config maps, secrets, service accounts, quotas, limit ranges. */
final class CorePrinters {
    private CorePrinters() {
    }

    static final Printer NAMESPACE = new Printer(Printer.cols(Printer.name(),
        Printer.col("Status", "The status of the namespace"), Printer.age()), (o, now) -> {
            Namespace ns = (Namespace) o;
            return List.of(Fmt.name(ns), ns.getStatus() == null ? "" : Fmt.str(ns.getStatus().getPhase()),
                Fmt.age(ns, now));
        });

    static final Printer NODE = new Printer(Printer.cols(Printer.name(),
        Printer.col("Status", "The status of the node"), Printer.col("Roles", "The roles of the node"),
        Printer.age(), Printer.col("Version", "Kubelet Version reported by the node."),
        Printer.wide("Internal-IP", "List of addresses reachable to the node. Queried from cloud provider, if "
            + "available."),
        Printer.wide("External-IP", "List of addresses reachable to the node. Queried from cloud provider, if "
            + "available."),
        Printer.wide("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 "
            + "(wheezy))."),
        Printer.wide("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. "
            + "3.16.0-0.bpo.4-amd64)."),
        Printer.wide("Container-Runtime", "ContainerRuntime Version reported by the node through runtime remote API "
            + "(e.g. containerd://1.4.2).")), (o, now) -> {
            Node node = (Node) o;
            var st = node.getStatus() == null ? new io.fabric8.kubernetes.api.model.NodeStatus() : node.getStatus();
            List<String> status = new ArrayList<>();
            for (NodeCondition c : Fmt.list(st.getConditions())) {
                if (c != null && "Ready".equals(c.getType())) {
                    status.clear();
                    status.add("True".equals(c.getStatus()) ? "Ready" : "NotReady");
                }
            }
            if (status.isEmpty()) {
                status.add("Unknown");
            }
            if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
                status.add("SchedulingDisabled");
            }
            TreeSet<String> roles = new TreeSet<>();
            Map<String, String> labels = node.getMetadata() == null ? null : node.getMetadata().getLabels();
            if (labels != null) {
                labels.forEach((k, v) -> {
                    if (k.startsWith("node-role.kubernetes.io/") && k.length() > "node-role.kubernetes.io/".length()) {
                        roles.add(k.substring("node-role.kubernetes.io/".length()));
                    } else if (k.equals("kubernetes.io/role") && v != null && !v.isEmpty()) {
                        roles.add(v);
                    }
                });
            }
            var info = st.getNodeInfo() == null ? new io.fabric8.kubernetes.api.model.NodeSystemInfo() : st.getNodeInfo();
            return List.of(Fmt.name(node), String.join(",", status), roles.isEmpty() ? "<none>" : String.join(",", roles),
                Fmt.age(node, now), Fmt.str(info.getKubeletVersion()), address(st.getAddresses(), "InternalIP"),
                address(st.getAddresses(), "ExternalIP"), unknown(info.getOsImage()), unknown(info.getKernelVersion()),
                unknown(info.getContainerRuntimeVersion()));
        });

    private static String address(List<NodeAddress> addresses, String type) {
        for (NodeAddress a : Fmt.list(addresses)) {
            if (a != null && type.equals(a.getType())) {
                return Fmt.str(a.getAddress());
            }
        }
        return "<none>";
    }

    private static String unknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }

    static final Printer ENDPOINTS = new Printer(Printer.cols(Printer.name(),
        Printer.col("Endpoints", "Endpoints of the service"), Printer.age()), (o, now) -> {
            Endpoints ep = (Endpoints) o;
            List<EndpointSubset> subsets = Fmt.list(ep.getSubsets());
            if (subsets.isEmpty()) {
                return List.of(Fmt.name(ep), "<none>", Fmt.age(ep, now));
            }
            List<String> all = new ArrayList<>();
            for (EndpointSubset s : subsets) {
                if (s == null) {
                    continue;
                }
                List<EndpointAddress> addresses = Fmt.list(s.getAddresses());
                if (Fmt.list(s.getPorts()).isEmpty()) {
                    addresses.forEach(a -> all.add(a == null ? "" : Fmt.str(a.getIp())));
                    continue;
                }
                for (EndpointPort p : s.getPorts()) {
                    for (EndpointAddress a : addresses) {
                        String ip = a == null ? "" : Fmt.str(a.getIp());
                        String host = ip.contains(":") ? "[" + ip + "]" : ip;
                        all.add(host + ":" + (p == null ? 0 : Fmt.num(p.getPort())));
                    }
                }
            }
            return List.of(Fmt.name(ep), Fmt.withMore(all, 3, ""), Fmt.age(ep, now));
        });

    static final Printer CONFIG_MAP = new Printer(Printer.cols(Printer.name(),
        Printer.integer("Data", "Data contains the configuration data."), Printer.age()), (o, now) -> {
            ConfigMap cm = (ConfigMap) o;
            long n = (cm.getData() == null ? 0 : cm.getData().size())
                + (cm.getBinaryData() == null ? 0 : cm.getBinaryData().size());
            return List.of(Fmt.name(cm), n, Fmt.age(cm, now));
        });

    static final Printer SECRET = new Printer(Printer.cols(Printer.name(),
        Printer.col("Type", "The type of the secret"),
        Printer.integer("Data", "The number of entries in data"), Printer.age()), (o, now) -> {
            Secret s = (Secret) o;
            return List.of(Fmt.name(s), Fmt.str(s.getType()), (long) (s.getData() == null ? 0 : s.getData().size()),
                Fmt.age(s, now));
        });

    static final Printer SERVICE_ACCOUNT = new Printer(Printer.cols(Printer.name(),
        Printer.integer("Secrets", "Secrets is a list of the secrets in the same namespace that pods running using "
            + "this ServiceAccount are allowed to use."), Printer.age()), (o, now) -> {
            ServiceAccount sa = (ServiceAccount) o;
            return List.of(Fmt.name(sa), (long) Fmt.list(sa.getSecrets()).size(), Fmt.age(sa, now));
        });

    static final Printer RESOURCE_QUOTA = new Printer(Printer.cols(Printer.name(), Printer.age(),
        Printer.col("Request", "Request represents a minimum amount of cpu/memory that a container may consume."),
        Printer.col("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent "
            + "of contention on the node.")), (o, now) -> {
            ResourceQuota rq = (ResourceQuota) o;
            Map<String, Quantity> hard = rq.getStatus() == null || rq.getStatus().getHard() == null ? Map.of()
                : rq.getStatus().getHard();
            Map<String, Quantity> used = rq.getStatus() == null || rq.getStatus().getUsed() == null ? Map.of()
                : rq.getStatus().getUsed();
            List<String> request = new ArrayList<>();
            List<String> limit = new ArrayList<>();
            for (String r : new TreeSet<>(hard.keySet())) {
                String text = r + ": " + Fmt.quantity(used.get(r)) + "/" + Fmt.quantity(hard.get(r));
                (r.startsWith("limits.") ? limit : request).add(text);
            }
            return List.of(Fmt.name(rq), Fmt.age(rq, now), String.join(", ", request), String.join(", ", limit));
        });

    static final Printer LIMIT_RANGE = new Printer(Printer.cols(Printer.name(),
        new Printer.Col("Created At", "date", "", Printer.AGE_DOC, 0)), (o, now) -> {
            LimitRange lr = (LimitRange) o;
            return List.of(Fmt.name(lr), Ages.rfc3339(lr.getMetadata() == null ? null
                : lr.getMetadata().getCreationTimestamp()));
        });
}
