package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricStatus;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** HPAs, leases, RBAC kinds, endpoint slices, pod disruption budgets. */
final class OtherPrinters {
    private OtherPrinters() {
    }

    static final Printer HPA = new Printer(Printer.cols(Printer.name(),
        Printer.col("Reference", "reference to scaled resource; horizontal pod autoscaler will learn the current "
            + "resource consumption and will set the desired number of pods by using its Scale subresource."),
        Printer.col("Targets", "the target utilization of the HPA"),
        Printer.col("MinPods", "minReplicas is the lower limit for the number of replicas to which the autoscaler "
            + "can scale down."),
        Printer.integer("MaxPods", "maxReplicas is the upper limit for the number of replicas to which the "
            + "autoscaler can scale up."),
        Printer.integer("Replicas", "currentReplicas is current number of replicas of pods managed by this "
            + "autoscaler, as last seen by the autoscaler."), Printer.age()), (o, now) -> {
            HorizontalPodAutoscaler h = (HorizontalPodAutoscaler) o;
            var spec = h.getSpec() == null ? new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec()
                : h.getSpec();
            var ref = spec.getScaleTargetRef();
            String reference = ref == null ? "/" : Fmt.str(ref.getKind()) + "/" + Fmt.str(ref.getName());
            List<MetricStatus> current = h.getStatus() == null ? List.of() : Fmt.list(h.getStatus().getCurrentMetrics());
            return List.of(Fmt.name(h), reference, HpaMetrics.format(Fmt.list(spec.getMetrics()), current),
                spec.getMinReplicas() == null ? "<unset>" : String.valueOf(spec.getMinReplicas()),
                Fmt.num(spec.getMaxReplicas()), h.getStatus() == null ? 0L : Fmt.num(h.getStatus().getCurrentReplicas()),
                Fmt.age(h, now));
        });

    static final Printer LEASE = new Printer(Printer.cols(Printer.name(),
        Printer.col("Holder", "The holder of the lease"), Printer.age()), (o, now) -> {
            Lease l = (Lease) o;
            return List.of(Fmt.name(l), l.getSpec() == null ? "" : Fmt.str(l.getSpec().getHolderIdentity()),
                Fmt.age(l, now));
        });

    static final Printer CREATED_AT = new Printer(Printer.cols(Printer.name(),
        new Printer.Col("Created At", "date", "", Printer.AGE_DOC, 0)), (o, now) -> List.of(Fmt.name(o),
            Ages.rfc3339(o.getMetadata() == null ? null : o.getMetadata().getCreationTimestamp())));

    static final Printer ROLE_BINDING = new Printer(Printer.cols(Printer.name(),
        Printer.col("Role", "Role of the binding"), Printer.age(),
        Printer.wide("Users", "Users in the binding"), Printer.wide("Groups", "Groups in the binding"),
        Printer.wide("ServiceAccounts", "ServiceAccounts in the binding")), (o, now) -> {
            RoleRef ref;
            List<Subject> subjects;
            if (o instanceof io.fabric8.kubernetes.api.model.rbac.RoleBinding rb) {
                ref = rb.getRoleRef();
                subjects = Fmt.list(rb.getSubjects());
            } else {
                var crb = (io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding) o;
                ref = crb.getRoleRef();
                subjects = Fmt.list(crb.getSubjects());
            }
            String role = ref == null ? "/" : Fmt.str(ref.getKind()) + "/" + Fmt.str(ref.getName());
            return List.of(Fmt.name(o), role, Fmt.age(o, now), subjects(subjects, "User"), subjects(subjects, "Group"),
                subjects(subjects, "ServiceAccount"));
        });

    private static String subjects(List<Subject> subjects, String kind) {
        return subjects.stream().filter(s -> s != null && kind.equals(s.getKind()))
            .map(s -> kind.equals("ServiceAccount") ? Fmt.str(s.getNamespace()) + "/" + Fmt.str(s.getName())
                : Fmt.str(s.getName()))
            .collect(Collectors.joining(", "));
    }

    static final Printer ENDPOINT_SLICE = new Printer(Printer.cols(Printer.name(),
        Printer.col("AddressType", "The type of address carried by this EndpointSlice."),
        Printer.col("Ports", "Ports allowed by this EndpointSlice"),
        Printer.col("Endpoints", "Endpoints included in this EndpointSlice"), Printer.age()), (o, now) -> {
            EndpointSlice es = (EndpointSlice) o;
            List<String> ports = new ArrayList<>();
            for (EndpointPort p : Fmt.list(es.getPorts())) {
                ports.add(p == null ? "*" : p.getPort() != null ? String.valueOf(p.getPort())
                    : p.getName() != null ? p.getName() : "*");
            }
            List<String> addresses = new ArrayList<>();
            for (Endpoint e : Fmt.list(es.getEndpoints())) {
                if (e != null) {
                    Fmt.list(e.getAddresses()).forEach(a -> addresses.add(Fmt.str(a)));
                }
            }
            return List.of(Fmt.name(es), Fmt.str(es.getAddressType()), Fmt.withMore(ports, 3, "<unset>"),
                Fmt.withMore(addresses, 3, "<unset>"), Fmt.age(es, now));
        });

    static final Printer PDB = new Printer(Printer.cols(Printer.name(),
        Printer.col("Min Available", "The minimum number of pods that must be available simultaneously.  This can "
            + "be either an integer or a string specifying a percentage, e.g. \"28%\"."),
        Printer.col("Max Unavailable", "The maximum number of pods that may be unavailable simultaneously.  This can "
            + "be either an integer or a string specifying a percentage, e.g. \"28%\"."),
        Printer.integer("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time."),
        Printer.age()), (o, now) -> {
            PodDisruptionBudget pdb = (PodDisruptionBudget) o;
            var spec = pdb.getSpec();
            String min = spec == null || spec.getMinAvailable() == null || spec.getMinAvailable().getValue() == null
                ? "N/A" : String.valueOf(spec.getMinAvailable().getValue());
            String max = spec == null || spec.getMaxUnavailable() == null || spec.getMaxUnavailable().getValue() == null
                ? "N/A" : String.valueOf(spec.getMaxUnavailable().getValue());
            return List.of(Fmt.name(pdb), min, max,
                pdb.getStatus() == null ? 0L : Fmt.num(pdb.getStatus().getDisruptionsAllowed()), Fmt.age(pdb, now));
        });

}
