package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pod's QoS class (Kubernetes' qos.GetPodQOS over cpu and memory). */
public final class PodQos {
    private static final Set<String> COMPUTE = Set.of("cpu", "memory");

    private PodQos() {
    }

    public static String of(PodSpec spec) {
        if (spec == null) {
            return "BestEffort";
        }
        List<Container> all = new ArrayList<>(PodDefaults.Lists.of(spec.getContainers()));
        all.addAll(PodDefaults.Lists.of(spec.getInitContainers()));
        Map<String, BigDecimal> requests = new HashMap<>();
        Map<String, BigDecimal> limits = new HashMap<>();
        boolean guaranteed = true;
        for (Container c : all) {
            if (c == null) {
                continue;
            }
            Map<String, Quantity> req = c.getResources() == null ? null : c.getResources().getRequests();
            Map<String, Quantity> lim = c.getResources() == null ? null : c.getResources().getLimits();
            sum(req, requests, null);
            Set<String> limitsFound = new HashSet<>();
            sum(lim, limits, limitsFound);
            if (!limitsFound.containsAll(COMPUTE)) {
                guaranteed = false;
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return "BestEffort";
        }
        if (guaranteed) {
            for (Map.Entry<String, BigDecimal> r : requests.entrySet()) {
                BigDecimal l = limits.get(r.getKey());
                if (l == null || l.compareTo(r.getValue()) != 0) {
                    guaranteed = false;
                    break;
                }
            }
        }
        return guaranteed && requests.size() == limits.size() ? "Guaranteed" : "Burstable";
    }

    private static void sum(Map<String, Quantity> in, Map<String, BigDecimal> into, Set<String> found) {
        if (in == null) {
            return;
        }
        in.forEach((name, q) -> {
            if (!COMPUTE.contains(name) || q == null) {
                return;
            }
            BigDecimal v = amount(q);
            if (v.signum() > 0) {
                into.merge(name, v, BigDecimal::add);
                if (found != null) {
                    found.add(name);
                }
            }
        });
    }

    static BigDecimal amount(Quantity q) {
        try {
            return q.getNumericalAmount();
        } catch (RuntimeException e) {
            return BigDecimal.ZERO;
        }
    }
}
