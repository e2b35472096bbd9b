package io.keelson.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After the run: lists every listable resource the server advertises and checks each object as Kubernetes validation would
 * (names, namespaces, metadata, labels, the required fields of the types the fuzzer wrote), and that no fuzz-only field survived.
 */
final class Validator {

    /** One listed object and where it came from. */
    record Listed(String group, String plural, boolean namespaced, JsonNode object) {
        String id() {
            JsonNode m = object.path("metadata");
            return (group.isEmpty() ? "" : group + "/") + plural + "/" + (namespaced ? m.path("namespace").asText() + "/" : "") + m.path("name").asText();
        }
    }

    private final Runner runner;
    private final Ledger ledger;

    Validator(Runner runner, Ledger ledger) {
        this.runner = runner;
        this.ledger = ledger;
    }

    List<Listed> listEverything() throws Exception {
        List<Listed> out = new ArrayList<>();
        List<String[]> groupVersions = new ArrayList<>();
        groupVersions.add(new String[] {"", "v1", "/api/v1"});
        for (JsonNode group : get("/apis").path("groups")) {
            for (JsonNode v : group.path("versions")) {
                groupVersions.add(new String[] {group.path("name").asText(), v.path("version").asText(), "/apis/" + v.path("groupVersion").asText()});
            }
        }
        for (String[] gv : groupVersions) {
            for (JsonNode r : get(gv[2]).path("resources")) {
                String plural = r.path("name").asText();
                boolean listable = false;
                for (JsonNode verb : r.path("verbs")) {
                    listable |= verb.asText().equals("list");
                }
                if (plural.contains("/") || !listable) {
                    continue;
                }
                JsonNode list = get(gv[2] + "/" + plural);
                for (JsonNode item : list.path("items")) {
                    out.add(new Listed(gv[0], plural, r.path("namespaced").asBoolean(), item));
                }
            }
        }
        return out;
    }

    private JsonNode get(String path) throws Exception {
        var response = runner.call("GET", path, null, null);
        if (response.statusCode() != 200) {
            ledger.violation("listing for validation failed", "GET " + path + " => " + response.statusCode());
            return Json.MAPPER.createObjectNode();
        }
        return Json.MAPPER.readTree(response.body());
    }

    void validate(List<Listed> objects) {
        Set<String> namespaces = new TreeSet<>();
        objects.stream().filter(o -> o.group().isEmpty() && o.plural().equals("namespaces"))
                .forEach(o -> namespaces.add(o.object().path("metadata").path("name").asText()));
        for (Listed o : objects) {
            List<String> problems = new ArrayList<>();
            check(o, namespaces, problems);
            for (String p : problems) {
                ledger.violation("stored object fails validation", o.id() + ": " + p);
            }
        }
    }

    private void check(Listed o, Set<String> namespaces, List<String> problems) {
        JsonNode obj = o.object();
        JsonNode meta = obj.path("metadata");
        String name = meta.path("name").asText("");
        if (!Names.valid(Names.ruleFor(o.group(), o.plural()), name)) {
            problems.add("invalid name " + Json.write(meta.path("name")) + " (" + Names.ruleFor(o.group(), o.plural()) + ")");
        }
        String ns = meta.path("namespace").asText("");
        if (o.namespaced() && !namespaces.contains(ns)) {
            problems.add("namespace " + Json.write(meta.path("namespace")) + " does not exist");
        }
        if (!o.namespaced() && !ns.isEmpty()) {
            problems.add("cluster-scoped object with namespace " + ns);
        }
        for (String f : new String[] {"uid", "creationTimestamp", "resourceVersion"}) {
            if (meta.path(f).asText("").isEmpty()) {
                problems.add("metadata." + f + " missing");
            }
        }
        meta.path("labels").fields().forEachRemaining(e -> {
            if (!Names.qualifiedName(e.getKey()) || !e.getValue().isTextual() || !Names.labelValue(e.getValue().asText())) {
                problems.add("invalid label " + e.getKey() + "=" + e.getValue());
            }
        });
        meta.path("annotations").fields().forEachRemaining(e -> {
            if (!Names.qualifiedName(e.getKey()) || !e.getValue().isTextual()) {
                problems.add("invalid annotation " + e.getKey());
            }
        });
        for (JsonNode f : meta.path("finalizers")) {
            if (!f.isTextual() || !Names.qualifiedName(f.asText())) {
                problems.add("invalid finalizer " + f);
            }
        }
        int size = Json.write(obj).getBytes(StandardCharsets.UTF_8).length;
        if (size > 3 * 1024 * 1024) {
            problems.add("object of " + size + " bytes");
        }
        String junk = fuzzOnlyField(obj, "");
        if (junk != null) {
            problems.add("kept a field the schema does not have: " + junk);
        }
        TypeRules.check(o.group(), o.plural(), obj, problems);
    }

    /** Field names only the fuzzer uses ("fuzzUnknown12", "Metadata"): finding one means an unknown field was stored. */
    private static String fuzzOnlyField(JsonNode node, String at) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                boolean map = at.endsWith("/labels") || at.endsWith("/annotations") || at.equals("/data") || at.equals("/binaryData")
                        || at.equals("/stringData");
                if (!map && (k.matches("fuzz[A-Z].*") || k.equals("Metadata"))) {
                    return at + "/" + k;
                }
                String inner = fuzzOnlyField(e.getValue(), at + "/" + k);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = fuzzOnlyField(node.get(i), at + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
