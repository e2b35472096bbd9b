package io.keelson.apiserver.internal.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.store.api.KeyValueStore;
import java.util.ArrayList;
import java.util.List;

/**
 * What the service registry allocates: a ClusterIP from the service range (10.96.0.0/12) for every
 * service but ExternalName and headless ones, and node ports (30000-32767) for NodePort and
 * LoadBalancer services. Each allocation is a store key (under {@code /keelson/allocations/}) created atomically, so no address or port is
 * handed out twice, by one API server or several; {@link AllocationRepair} releases what no service
 * holds any more.
 */
public final class ServiceAllocator {

    /** Outside /registry/, which holds API objects only. */
    static final String IPS = "/keelson/allocations/serviceips/";
    static final String PORTS = "/keelson/allocations/nodeports/";
    private final ServiceRange range;
    private final Range<String> ips;
    private final Range<Integer> ports;

    public ServiceAllocator(KeyValueStore store, ServiceRange serviceRange) {
        this.range = serviceRange;
        this.ips = new Range<>(store, IPS, serviceRange::at, serviceRange.size(), 1, serviceRange::offsetOf, "IP", serviceRange.cidr());
        this.ports = new Range<>(store, PORTS, i -> 30000 + i, 2768, 0, p -> p >= 30000 && p <= 32767 ? p - 30000 : -1, "port",
                "30000-32767");
    }

    /** The first address of the range, which the kubernetes service holds. */
    public String kubernetesServiceIp() {
        return range.at(0);
    }

    /** Takes the kubernetes service's address (no matter if it holds it already). */
    void reserve(String ip) {
        ips.take(ip);
    }

    /** Allocates what a new service needs, into its spec; 422 Invalid in Kubernetes' words when a requested one is taken. */
    public void allocate(String name, ObjectNode service) {
        List<Runnable> undo = new ArrayList<>();
        try {
            allocateIp(name, service, undo);
            allocatePorts(name, service, null, undo);
        } catch (ApiException e) {
            undo.forEach(Runnable::run);
            throw e;
        }
    }

    /** An update: a ClusterIP when the service stops being ExternalName, node ports when it starts needing them. */
    public void update(String name, ObjectNode old, ObjectNode next) {
        if (Json.text(old, "spec.clusterIP", "").isEmpty()) {
            allocate(name, next);
            return;
        }
        allocatePorts(name, next, old, new ArrayList<>());
    }

    /**
     * Keeps what an update leaves out (a manifest without clusterIP or nodePort, as kubectl replace
     * sends it) from the old service, as the service registry's patchAllocatedValues does.
     */
    public static void carryOver(JsonNode old, ObjectNode next) {
        ObjectNode spec = Json.child(next, "spec");
        JsonNode was = old.path("spec");
        String type = spec.path("type").asText("ClusterIP");
        if (!type.equals("ExternalName") && spec.path("clusterIP").asText("").isEmpty() && !was.path("clusterIP").asText("").isEmpty()) {
            spec.set("clusterIP", was.get("clusterIP"));
            if (was.has("clusterIPs")) {
                spec.set("clusterIPs", was.get("clusterIPs"));
            }
        }
        if (type.equals("NodePort") || type.equals("LoadBalancer")) {
            for (JsonNode p : spec.path("ports")) {
                if (p.path("nodePort").asInt(0) != 0) {
                    continue;
                }
                for (JsonNode o : was.path("ports")) {
                    if (o.path("port").asInt() == p.path("port").asInt() && o.path("protocol").asText("TCP").equals(p.path("protocol").asText("TCP"))
                            && o.path("nodePort").asInt(0) != 0) {
                        ((ObjectNode) p).put("nodePort", o.path("nodePort").asInt());
                    }
                }
            }
        }
    }

    /** Releases a deleted service's address and node ports. */
    public void release(JsonNode service) {
        String ip = Json.text(service, "spec.clusterIP", "");
        if (!ip.isEmpty() && !ip.equals("None")) {
            ips.free(ip);
        }
        for (JsonNode p : service.path("spec").path("ports")) {
            if (p.path("nodePort").asInt(0) > 0) {
                ports.free(p.path("nodePort").asInt());
            }
        }
    }

    private void allocateIp(String name, ObjectNode service, List<Runnable> undo) {
        ObjectNode spec = Json.child(service, "spec");
        String type = spec.path("type").asText("ClusterIP");
        String requested = spec.path("clusterIP").asText("");
        if (type.equals("ExternalName") || requested.equals("None")) {
            if (requested.equals("None")) {
                spec.putArray("clusterIPs").add("None");
            }
            return;
        }
        String ip = requested.isEmpty() ? ips.any() : requested;
        if (ip == null) {
            throw invalid(name, "spec.clusterIPs", "Internal error: failed to allocate a serviceIP: range is full");
        }
        if (!requested.isEmpty()) {
            String problem = ips.claim(requested);
            if (problem != null) {
                throw invalid(name, "spec.clusterIPs", "Invalid value: []string{\"" + requested + "\"}: failed to allocate IP "
                        + requested + ": " + problem);
            }
        }
        undo.add(() -> ips.free(ip));
        spec.put("clusterIP", ip);
        spec.putArray("clusterIPs").add(ip);
    }

    private void allocatePorts(String name, ObjectNode service, ObjectNode old, List<Runnable> undo) {
        ObjectNode spec = Json.child(service, "spec");
        String type = spec.path("type").asText("ClusterIP");
        boolean wants = type.equals("NodePort") || type.equals("LoadBalancer") && spec.path("allocateLoadBalancerNodePorts").asBoolean(true);
        if (!wants) {
            return;
        }
        List<Integer> had = new ArrayList<>();
        if (old != null) {
            old.path("spec").path("ports").forEach(p -> had.add(p.path("nodePort").asInt(0)));
        }
        int i = 0;
        for (JsonNode p : spec.path("ports")) {
            int requested = p.path("nodePort").asInt(0);
            String field = "spec.ports[" + i++ + "].nodePort";
            if (requested == 0) {
                Integer port = ports.any();
                if (port == null) {
                    throw invalid(name, field, "Internal error: failed to allocate a nodePort: range is full");
                }
                undo.add(() -> ports.free(port));
                ((ObjectNode) p).put("nodePort", port);
            } else if (!had.contains(requested)) {
                String problem = ports.claim(requested);
                if (problem != null) {
                    throw invalid(name, field, "Invalid value: " + requested + ": " + problem);
                }
                undo.add(() -> ports.free(requested));
            }
        }
    }

    private static ApiException invalid(String name, String field, String message) {
        return Errors.invalid("Service", "", name, List.of(new Cause("FieldValueInvalid", field, message)));
    }
}
