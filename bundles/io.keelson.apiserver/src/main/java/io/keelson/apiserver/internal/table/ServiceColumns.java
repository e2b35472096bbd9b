package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE; wide: SELECTOR — as printService computes them. */
final class ServiceColumns {

    static final List<Column> COLUMNS = List.of(Column.name("service"),
            Column.string("Type", "The type of the service.", 0, (o, n) -> Printers.text(o.path("spec").path("type"), "ClusterIP")),
            Column.string("Cluster-IP", "The cluster IP of the service.", 0,
                    (o, n) -> Printers.text(o.path("spec").path("clusterIP"), "<none>")),
            Column.string("External-IP", "The external IP of the service.", 0, ServiceColumns::externalIp),
            Column.string("Port(s)", "The ports of the service.", 0, ServiceColumns::ports),
            Column.age(),
            Column.string("Selector", "The label selector of the service.", 1, ServiceColumns::selector));

    private ServiceColumns() {
    }

    private static Object externalIp(ObjectNode svc, Instant now) {
        String type = svc.path("spec").path("type").asText("ClusterIP");
        List<String> ips = new ArrayList<>();
        svc.path("spec").path("externalIPs").forEach(ip -> ips.add(ip.asText()));
        switch (type) {
            case "ExternalName":
                return Printers.text(svc.path("spec").path("externalName"), "<none>");
            case "LoadBalancer":
                for (JsonNode ing : svc.path("status").path("loadBalancer").path("ingress")) {
                    ips.add(ing.has("ip") ? ing.path("ip").asText() : ing.path("hostname").asText());
                }
                return ips.isEmpty() ? "<pending>" : String.join(",", ips);
            default:
                return ips.isEmpty() ? "<none>" : String.join(",", ips);
        }
    }

    private static Object ports(ObjectNode svc, Instant now) {
        List<String> ports = new ArrayList<>();
        for (JsonNode p : svc.path("spec").path("ports")) {
            String protocol = p.path("protocol").asText("TCP");
            ports.add(p.has("nodePort") ? p.path("port").asInt() + ":" + p.path("nodePort").asInt() + "/" + protocol
                    : p.path("port").asInt() + "/" + protocol);
        }
        return ports.isEmpty() ? "<none>" : String.join(",", ports);
    }

    private static Object selector(ObjectNode svc, Instant now) {
        List<String> parts = new ArrayList<>();
        svc.path("spec").path("selector").fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        java.util.Collections.sort(parts);
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }
}
