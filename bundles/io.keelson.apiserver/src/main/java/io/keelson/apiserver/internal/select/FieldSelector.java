package io.keelson.apiserver.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A field selector ({@code f=v}, {@code f==v}, {@code f!=v}, comma-separated) over the fields a type allows. */
public final class FieldSelector {

    private static final Set<String> COMMON = Set.of("metadata.name", "metadata.namespace");
    /** The extra fields Kubernetes indexes per type (pkg/registry/.../strategy.go ToSelectableFields). */
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "pods", Set.of("spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
                    "status.phase", "status.podIP", "status.nominatedNodeName"),
            "events", Set.of("involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                    "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                    "reportingComponent", "source", "type"),
            "secrets", Set.of("type"),
            "namespaces", Set.of("status.phase"),
            "nodes", Set.of("spec.unschedulable"),
            "replicasets", Set.of("status.replicas"),
            "jobs", Set.of("status.successful"));

    record Term(String field, boolean equals, String value) {
    }

    private final List<Term> terms;

    private FieldSelector(List<Term> terms) {
        this.terms = terms;
    }

    public static FieldSelector parse(String text, ResourceType type) {
        List<Term> terms = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                terms.add(term(part.trim(), type));
            }
        }
        return new FieldSelector(terms);
    }

    private static Term term(String part, ResourceType type) {
        String[] ops = {"==", "!=", "="};
        for (String op : ops) {
            int at = part.indexOf(op);
            if (at > 0) {
                String field = part.substring(0, at).trim();
                String value = part.substring(at + op.length()).trim();
                boolean allowed = COMMON.contains(field) || BY_TYPE.getOrDefault(type.plural(), Set.of()).contains(field);
                if (!allowed) {
                    throw Errors.badRequest("field label not supported: " + field);
                }
                return new Term(field, !op.equals("!="), value);
            }
        }
        throw Errors.badRequest("invalid selector: '" + part + "'; can't understand '" + part + "'");
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public boolean matches(JsonNode object) {
        for (Term t : terms) {
            JsonNode n = Json.at(object, t.field());
            String actual = n == null || n.isNull() ? "" : n.asText();
            if (t.field().equals("spec.unschedulable") || t.field().equals("spec.hostNetwork")) {
                actual = n == null || n.isNull() ? "false" : actual;
            }
            if (actual.equals(t.value()) != t.equals()) {
                return false;
            }
        }
        return true;
    }

    /** The name a selector pins with metadata.name=x, or null (lets a watch narrow its key). */
    public String pinnedName() {
        return terms.stream().filter(t -> t.equals() && t.field().equals("metadata.name")).map(Term::value).findFirst().orElse(null);
    }
}
