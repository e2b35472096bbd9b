package io.keelson.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The required fields and value ranges Kubernetes enforces for the types the fuzzer writes. */
final class TypeRules {

    /** resource.Quantity's syntax: a signed decimal number with an optional binary, decimal or exponent suffix. */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");
    private static final Set<String> RESTART_POLICIES = Set.of("Always", "OnFailure", "Never");

    private TypeRules() {
    }

    static void check(String group, String plural, JsonNode o, List<String> problems) {
        String key = (group.isEmpty() ? "core" : group) + "/" + plural;
        switch (key) {
            case "core/pods" -> podSpec(o.path("spec"), "spec", problems);
            case "core/configmaps" -> {
                data(o.path("data"), "data", false, problems);
                data(o.path("binaryData"), "binaryData", true, problems);
                int size = 0;
                for (JsonNode v : o.path("data")) {
                    size += v.asText().length();
                }
                if (size > 1024 * 1024) {
                    problems.add("data larger than 1 MiB (" + size + ")");
                }
            }
            case "core/secrets" -> {
                data(o.path("data"), "data", true, problems);
                if (o.has("stringData")) {
                    problems.add("stringData stored (Kubernetes merges it into data)");
                }
            }
            case "core/services" -> {
                for (JsonNode p : o.path("spec").path("ports")) {
                    port(p.path("port"), "spec.ports[].port", problems);
                    String proto = p.path("protocol").asText("TCP");
                    if (!Set.of("TCP", "UDP", "SCTP").contains(proto)) {
                        problems.add("spec.ports[].protocol " + proto);
                    }
                }
                String type = o.path("spec").path("type").asText("ClusterIP");
                if (!Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
                    problems.add("spec.type " + type);
                }
            }
            case "apps/deployments", "apps/replicasets", "apps/statefulsets", "apps/daemonsets" -> workload(o, problems);
            case "batch/jobs" -> {
                podSpec(o.path("spec").path("template").path("spec"), "spec.template.spec", problems);
                String rp = o.path("spec").path("template").path("spec").path("restartPolicy").asText("");
                if (!rp.equals("Never") && !rp.equals("OnFailure")) {
                    problems.add("job restartPolicy " + rp);
                }
            }
            case "rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/clusterroles" -> {
                for (JsonNode rule : o.path("rules")) {
                    if (rule.path("verbs").isEmpty()) {
                        problems.add("rule without verbs");
                    }
                }
            }
            case "storage.k8s.io/storageclasses" -> {
                if (o.path("provisioner").asText("").isEmpty()) {
                    problems.add("storage class without provisioner");
                }
            }
            case "coordination.k8s.io/leases" -> {
                JsonNode d = o.path("spec").path("leaseDurationSeconds");
                if (!d.isMissingNode() && !d.isNull() && (!d.isInt() || d.asInt() <= 0)) {
                    problems.add("spec.leaseDurationSeconds " + d);
                }
            }
            case "core/namespaces" -> {
                String phase = o.path("status").path("phase").asText("Active");
                if (!phase.equals("Active") && !phase.equals("Terminating")) {
                    problems.add("status.phase " + phase);
                }
            }
            default -> {
                // no type rules beyond metadata
            }
        }
    }

    private static void workload(JsonNode o, List<String> problems) {
        JsonNode spec = o.path("spec");
        JsonNode replicas = spec.path("replicas");
        if (!replicas.isMissingNode() && (!replicas.isInt() || replicas.asInt() < 0)) {
            problems.add("spec.replicas " + replicas);
        }
        JsonNode match = spec.path("selector").path("matchLabels");
        if (spec.path("selector").isMissingNode() || (match.isEmpty() && spec.path("selector").path("matchExpressions").isEmpty())) {
            problems.add("spec.selector missing or empty");
        }
        JsonNode labels = spec.path("template").path("metadata").path("labels");
        match.fields().forEachRemaining(e -> {
            if (!e.getValue().equals(labels.path(e.getKey()))) {
                problems.add("selector " + e.getKey() + "=" + e.getValue() + " does not match the template labels");
            }
        });
        podSpec(spec.path("template").path("spec"), "spec.template.spec", problems);
    }

    private static void podSpec(JsonNode spec, String at, List<String> problems) {
        JsonNode containers = spec.path("containers");
        if (!containers.isArray() || containers.isEmpty()) {
            problems.add(at + ".containers missing or empty");
            return;
        }
        Set<String> names = new HashSet<>();
        for (JsonNode c : containers) {
            String name = c.path("name").asText("");
            if (!Names.dns1123Label(name)) {
                problems.add(at + ".containers[].name " + Json.write(c.path("name")));
            }
            if (!names.add(name)) {
                problems.add(at + ".containers duplicate name " + name);
            }
            if (c.path("image").asText("").trim().isEmpty()) {
                problems.add(at + ".containers[" + name + "].image missing");
            }
            for (JsonNode p : c.path("ports")) {
                port(p.path("containerPort"), at + ".containers[" + name + "].ports[].containerPort", problems);
            }
            for (String kind : new String[] {"limits", "requests"}) {
                c.path("resources").path(kind).fields().forEachRemaining(e -> {
                    if (!QUANTITY.matcher(e.getValue().asText()).matches()) {
                        problems.add(at + ".containers[" + name + "].resources." + kind + "." + e.getKey() + " is no quantity: " + e.getValue());
                    }
                });
            }
        }
        String rp = spec.path("restartPolicy").asText("Always");
        if (!RESTART_POLICIES.contains(rp)) {
            problems.add(at + ".restartPolicy " + rp);
        }
    }

    private static void port(JsonNode p, String at, List<String> problems) {
        if (!p.isInt() || p.asInt() < 1 || p.asInt() > 65535) {
            problems.add(at + " " + p);
        }
    }

    private static void data(JsonNode data, String at, boolean base64, List<String> problems) {
        data.fields().forEachRemaining(e -> {
            if (!Names.configKey(e.getKey())) {
                problems.add(at + " key " + Json.write(Json.MAPPER.getNodeFactory().textNode(e.getKey())));
            }
            if (!e.getValue().isTextual()) {
                problems.add(at + "." + e.getKey() + " is not a string");
            } else if (base64) {
                try {
                    Base64.getDecoder().decode(e.getValue().asText());
                } catch (IllegalArgumentException x) {
                    problems.add(at + "." + e.getKey() + " is not base64");
                }
            }
        });
    }
}
