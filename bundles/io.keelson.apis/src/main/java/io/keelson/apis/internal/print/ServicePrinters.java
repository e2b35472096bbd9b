package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Services and core/v1 Events (events.k8s.io/v1 events print the same way). */
final class ServicePrinters {
    private ServicePrinters() {
    }

    static final Printer SERVICE = new Printer(Printer.cols(Printer.name(),
        Printer.col("Type", "The type of the service."),
        Printer.col("Cluster-IP", "The IP address of the service."),
        Printer.col("External-IP", "The external IP address of the service."),
        Printer.col("Port(s)", "The ports that the service exposes."), Printer.age(),
        Printer.wide("Selector", "Route service traffic to pods with label keys and values matching this selector.")),
        (o, now) -> {
            Service svc = (Service) o;
            var spec = svc.getSpec() == null ? new io.fabric8.kubernetes.api.model.ServiceSpec() : svc.getSpec();
            String clusterIP = !Fmt.list(spec.getClusterIPs()).isEmpty() ? Fmt.str(spec.getClusterIPs().get(0))
                : spec.getClusterIP() != null && !spec.getClusterIP().isEmpty() ? spec.getClusterIP() : "<none>";
            List<String> ports = new ArrayList<>();
            for (ServicePort p : Fmt.list(spec.getPorts())) {
                if (p == null) {
                    continue;
                }
                String protocol = Fmt.str(p.getProtocol());
                ports.add(p.getNodePort() != null && p.getNodePort() > 0
                    ? Fmt.num(p.getPort()) + ":" + p.getNodePort() + "/" + protocol : Fmt.num(p.getPort()) + "/" + protocol);
            }
            return List.of(Fmt.name(svc), Fmt.str(spec.getType()), clusterIP, externalIp(svc, spec),
                ports.isEmpty() ? "<none>" : String.join(",", ports), Fmt.age(svc, now), Fmt.labels(spec.getSelector()));
        });

    private static String externalIp(Service svc, io.fabric8.kubernetes.api.model.ServiceSpec spec) {
        List<String> external = Fmt.list(spec.getExternalIPs());
        switch (Fmt.str(spec.getType())) {
            case "ClusterIP", "NodePort":
                return external.isEmpty() ? "<none>" : String.join(",", external);
            case "LoadBalancer":
                List<String> all = new ArrayList<>();
                var lb = svc.getStatus() == null ? null : svc.getStatus().getLoadBalancer();
                for (LoadBalancerIngress in : lb == null ? List.<LoadBalancerIngress>of() : Fmt.list(lb.getIngress())) {
                    if (in != null && !Fmt.str(in.getIp()).isEmpty()) {
                        all.add(in.getIp());
                    } else if (in != null && !Fmt.str(in.getHostname()).isEmpty()) {
                        all.add(in.getHostname());
                    }
                }
                all.addAll(external);
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            case "ExternalName":
                return Fmt.str(spec.getExternalName());
            default:
                return "<unknown>";
        }
    }

    static final Printer EVENT = new Printer(Printer.cols(
        Printer.col("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
        Printer.col("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
        Printer.col("Reason", "This should be a short, machine understandable string that gives the reason for the "
            + "transition into the object's current status."),
        Printer.col("Object", "The object that this event is about."),
        Printer.wide("Subobject", "If referring to a piece of an object instead of an entire object, this string "
            + "should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]."),
        Printer.wide("Source", "The component reporting this event. Should be a short machine understandable string."),
        Printer.col("Message", "A human-readable description of the status of this operation."),
        Printer.wide("First Seen", "The time at which the event was first recorded. (Time of server receipt is in "
            + "TypeMeta.)"),
        Printer.wide("Count", "The number of times this event has occurred."),
        new Printer.Col("Name", "string", "name", Printer.NAME_DOC, 1)), (o, now) -> {
            Event e = (Event) o;
            String first = e.getFirstTimestamp() == null || e.getFirstTimestamp().isEmpty()
                ? micro(e.getEventTime() == null ? null : e.getEventTime().getTime(), now)
                : Ages.since(e.getFirstTimestamp(), now);
            String last = e.getLastTimestamp() == null || e.getLastTimestamp().isEmpty() ? first
                : Ages.since(e.getLastTimestamp(), now);
            long count = e.getCount() == null ? 0 : e.getCount();
            if (e.getSeries() != null) {
                last = micro(e.getSeries().getLastObservedTime() == null ? null
                    : e.getSeries().getLastObservedTime().getTime(), now);
                count = Fmt.num(e.getSeries().getCount());
            } else if (count == 0) {
                count = 1;
            }
            ObjectReference ref = e.getInvolvedObject() == null ? new ObjectReference() : e.getInvolvedObject();
            String kind = Fmt.str(ref.getKind()).toLowerCase(Locale.ROOT);
            String target = Fmt.str(ref.getName()).isEmpty() ? kind : kind + "/" + ref.getName();
            String component = e.getSource() != null && !Fmt.str(e.getSource().getComponent()).isEmpty()
                ? e.getSource().getComponent() : Fmt.str(e.getReportingComponent());
            String instance = e.getSource() != null && !Fmt.str(e.getSource().getHost()).isEmpty()
                ? e.getSource().getHost() : Fmt.str(e.getReportingInstance());
            String source = instance.isEmpty() ? component : component + ", " + instance;
            return List.of(last, Fmt.str(e.getType()), Fmt.str(e.getReason()), target, Fmt.str(ref.getFieldPath()),
                source, Fmt.str(e.getMessage()).strip(), first, count, Fmt.name(e));
        });

    /** translateMicroTimestampSince: "<unknown>" when unset. */
    private static String micro(String time, Instant now) {
        return Ages.since(time, now);
    }
}
