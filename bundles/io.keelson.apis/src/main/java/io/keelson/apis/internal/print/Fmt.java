package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Formatting helpers shared by the printers, after Kubernetes' printers.go. */
final class Fmt {
    private Fmt() {
    }

    static String name(HasMetadata o) {
        return o.getMetadata() == null || o.getMetadata().getName() == null ? "" : o.getMetadata().getName();
    }

    static String age(HasMetadata o, Instant now) {
        return Ages.since(o.getMetadata() == null ? null : o.getMetadata().getCreationTimestamp(), now);
    }

    static boolean deleting(HasMetadata o) {
        return o.getMetadata() != null && o.getMetadata().getDeletionTimestamp() != null;
    }

    static String str(String s) {
        return s == null ? "" : s;
    }

    static long num(Integer i) {
        return i == null ? 0L : i;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** labels.FormatLabels: sorted k=v pairs, "<none>" when empty. */
    static String labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + str(e.getValue()))
            .collect(Collectors.joining(","));
    }

    /** metav1.FormatLabelSelector: the selector's canonical string, "<none>" when it selects nothing. */
    static String selector(LabelSelector s) {
        if (s == null) {
            return "<none>";
        }
        List<String[]> reqs = new ArrayList<>();
        if (s.getMatchLabels() != null) {
            s.getMatchLabels().forEach((k, v) -> reqs.add(new String[] {k, k + "=" + str(v)}));
        }
        for (LabelSelectorRequirement r : list(s.getMatchExpressions())) {
            if (r == null) {
                continue;
            }
            List<String> values = new ArrayList<>(list(r.getValues()));
            values.sort(Comparator.naturalOrder());
            String key = str(r.getKey());
            String text = switch (str(r.getOperator())) {
                case "In" -> key + " in (" + String.join(",", values) + ")";
                case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                default -> null;
            };
            if (text == null) {
                return "<error>";
            }
            reqs.add(new String[] {key, text});
        }
        reqs.sort(Comparator.comparing(r -> r[0]));
        String out = reqs.stream().map(r -> r[1]).collect(Collectors.joining(","));
        return out.isEmpty() ? "<none>" : out;
    }

    static List<Container> containers(PodTemplateSpec t) {
        return t == null || t.getSpec() == null ? List.of() : list(t.getSpec().getContainers());
    }

    static String containerNames(List<Container> cs) {
        return cs.stream().map(c -> c == null ? "" : str(c.getName())).collect(Collectors.joining(","));
    }

    static String images(List<Container> cs) {
        return cs.stream().map(c -> c == null ? "" : str(c.getImage())).collect(Collectors.joining(","));
    }

    static String quantity(Quantity q) {
        return q == null ? "0" : str(q.getAmount()) + str(q.getFormat());
    }

    /** helper.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order. */
    static String accessModes(List<String> modes) {
        List<String> out = new ArrayList<>();
        List<String> m = list(modes);
        if (m.contains("ReadWriteOnce")) {
            out.add("RWO");
        }
        if (m.contains("ReadOnlyMany")) {
            out.add("ROX");
        }
        if (m.contains("ReadWriteMany")) {
            out.add("RWX");
        }
        if (m.contains("ReadWriteOncePod")) {
            out.add("RWOP");
        }
        return String.join(",", out);
    }

    /** listWithMoreString: at most three items, then " + N more...". */
    static String withMore(List<String> all, int max, String whenEmpty) {
        if (all.size() > max) {
            return String.join(",", all.subList(0, max)) + " + " + (all.size() - max) + " more...";
        }
        String s = String.join(",", all);
        return s.isEmpty() ? whenEmpty : s;
    }
}
