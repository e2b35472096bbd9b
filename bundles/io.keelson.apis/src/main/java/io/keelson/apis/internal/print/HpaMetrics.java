package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricStatus;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricValueStatus;
import java.util.ArrayList;
import java.util.List;

/** The HPA TARGETS cell (formatHPAMetrics): "cpu: 45%/80%", at most two, then " + N more...". */
final class HpaMetrics {
    private HpaMetrics() {
    }

    static String format(List<MetricSpec> specs, List<MetricStatus> statuses) {
        if (specs.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            MetricSpec spec = specs.get(i);
            MetricStatus st = i < statuses.size() ? statuses.get(i) : null;
            list.add(spec == null ? "<unknown type>" : one(spec, st));
        }
        if (list.size() > 2) {
            return String.join(", ", list.subList(0, 2)) + " + " + (list.size() - 2) + " more...";
        }
        return String.join(", ", list);
    }

    private static String one(MetricSpec spec, MetricStatus st) {
        String type = Fmt.str(spec.getType());
        switch (type) {
            case "Resource", "ContainerResource" -> {
                boolean container = type.equals("ContainerResource");
                String name = container ? (spec.getContainerResource() == null ? "" : Fmt.str(spec.getContainerResource().getName()))
                    : (spec.getResource() == null ? "" : Fmt.str(spec.getResource().getName()));
                MetricTarget target = container ? (spec.getContainerResource() == null ? null : spec.getContainerResource().getTarget())
                    : (spec.getResource() == null ? null : spec.getResource().getTarget());
                MetricValueStatus cur = st == null ? null : container
                    ? (st.getContainerResource() == null ? null : st.getContainerResource().getCurrent())
                    : (st.getResource() == null ? null : st.getResource().getCurrent());
                String prefix = container ? name + ": " : name + ": ";
                if (target != null && target.getAverageValue() != null) {
                    String current = cur == null || cur.getAverageValue() == null ? "<unknown>" : Fmt.quantity(cur.getAverageValue());
                    return prefix + current + "/" + Fmt.quantity(target.getAverageValue());
                }
                String current = cur == null || cur.getAverageUtilization() == null ? "<unknown>"
                    : cur.getAverageUtilization() + "%";
                String goal = target == null || target.getAverageUtilization() == null ? "<auto>"
                    : target.getAverageUtilization() + "%";
                return prefix + current + "/" + goal;
            }
            case "Pods" -> {
                MetricTarget target = spec.getPods() == null ? null : spec.getPods().getTarget();
                MetricValueStatus cur = st == null || st.getPods() == null ? null : st.getPods().getCurrent();
                return (cur == null ? "<unknown>" : Fmt.quantity(cur.getAverageValue())) + "/"
                    + (target == null ? "0" : Fmt.quantity(target.getAverageValue()));
            }
            case "Object", "External" -> {
                boolean object = type.equals("Object");
                MetricTarget target = object ? (spec.getObject() == null ? null : spec.getObject().getTarget())
                    : (spec.getExternal() == null ? null : spec.getExternal().getTarget());
                MetricValueStatus cur = st == null ? null : object
                    ? (st.getObject() == null ? null : st.getObject().getCurrent())
                    : (st.getExternal() == null ? null : st.getExternal().getCurrent());
                if (target != null && target.getAverageValue() != null) {
                    String current = cur == null || cur.getAverageValue() == null ? "<unknown>" : Fmt.quantity(cur.getAverageValue());
                    return current + "/" + Fmt.quantity(target.getAverageValue()) + " (avg)";
                }
                String current = cur == null ? "<unknown>" : Fmt.quantity(cur.getValue());
                return current + "/" + (target == null ? "0" : Fmt.quantity(target.getValue()));
            }
            default -> {
                return "<unknown type>";
            }
        }
    }
}
