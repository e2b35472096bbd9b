package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps metadata.managedFields on every write, as Kubernetes' field manager does: an Update gives
 * its manager the fields it changed; an Apply merges the configuration into the live object, makes
 * the applier own exactly the configured fields, removes fields it gave up that nobody else owns,
 * and fails with 409 when it would change fields other managers own (unless forced).
 */
public final class FieldManager {

    private static final List<List<String>> STRIPPED = List.of(List.of("f:apiVersion"), List.of("f:kind"),
            List.of("f:metadata", "f:name"), List.of("f:metadata", "f:namespace"), List.of("f:metadata", "f:creationTimestamp"),
            List.of("f:metadata", "f:selfLink"), List.of("f:metadata", "f:uid"), List.of("f:metadata", "f:generation"),
            List.of("f:metadata", "f:managedFields"), List.of("f:metadata", "f:resourceVersion"),
            List.of("f:metadata", "f:deletionTimestamp"), List.of("f:metadata", "f:deletionGracePeriodSeconds"));

    private FieldManager() {
    }

    /**
     * Sets next's managedFields for an Update by {@code manager}. {@code live} is null on create. The
     * baseline is the managedFields next carries when the client set them (kubectl's client-side to
     * server-side apply migration does), else the live object's.
     */
    public static void update(ResourceType type, ObjectNode live, ObjectNode next, String manager, String subresource, String now) {
        Managers managers = baseline(live, next);
        ObjectFields fields = new ObjectFields(new Shapes(type));
        ObjectFields.Comparison change = ignore(type, subresource, fields.compare(strip(live), strip(next)));
        Managers.Entry self = new Managers.Entry(manager, "Update", type.apiVersion(), now, subresource, FieldSet.empty());
        managers.release(self.identity(), change, false);
        Managers.Entry previous = managers.entries.get(self.identity());
        FieldSet owned = previous == null ? FieldSet.empty() : previous.fields().difference(change.removed());
        if (!change.changed().isEmpty()) {
            managers.entries.put(self.identity(), self.with(owned.union(change.changed()), now));
        } else if (previous != null) {
            managers.entries.put(self.identity(), previous.with(owned, previous.time()));
        }
        Json.metadata(next).set("managedFields", managers.encode());
    }

    /** Merges {@code config} into {@code live} (null: create) for an Apply; returns the new object with managedFields set. */
    public static ObjectNode apply(ResourceType type, ObjectNode live, ObjectNode config, String manager, boolean force, String subresource,
            String now) {
        Shapes shapes = new Shapes(type);
        ObjectFields fields = new ObjectFields(shapes);
        ApplyMerge merger = new ApplyMerge(shapes);
        Managers managers = live == null ? new Managers() : orEmpty(Managers.decode(Json.metadata(live).get("managedFields")));
        ObjectNode base = live == null ? Json.object() : live;
        Managers.Entry self = new Managers.Entry(manager, "Apply", type.apiVersion(), now, subresource, FieldSet.empty());
        Managers.Entry last = managers.entries.get(self.identity());
        FieldSet configured = ignoreSet(type, subresource, fields.of(strip(config)));
        ObjectNode merged = merger.merge(base, config);
        if (last != null) {
            FieldSet others = FieldSet.empty();
            managers.entries.forEach((id, e) -> {
                if (!id.equals(self.identity())) {
                    others.insertAll(e.fields());
                }
            });
            merger.remove(merged, last.fields().difference(configured).difference(others), configured.union(others));
        }
        ObjectFields.Comparison change = ignore(type, subresource, fields.compare(strip(base), strip(merged)));
        Map<Managers.Entry, FieldSet> conflicts = managers.release(self.identity(), change, true);
        if (!force && !conflicts.isEmpty()) {
            throw conflict(conflicts);
        }
        boolean changed = !change.changed().isEmpty() || !change.removed().isEmpty();
        String time = changed || last == null ? now : last.time();
        managers.entries.put(self.identity(), self.with(configured, time));
        Json.metadata(merged).set("managedFields", managers.encode());
        return merged;
    }

    private static Managers baseline(ObjectNode live, ObjectNode next) {
        JsonNode sent = Json.metadata(next).get("managedFields");
        if (sent instanceof ArrayNode a && a.size() == 1 && a.get(0).isObject() && a.get(0).isEmpty()) {
            return new Managers(); // [{}] resets ownership, as in Kubernetes
        }
        Managers fromRequest = sent instanceof ArrayNode a && !a.isEmpty() ? Managers.decode(sent) : null;
        if (fromRequest != null) {
            return fromRequest;
        }
        return live == null ? new Managers() : orEmpty(Managers.decode(Json.metadata(live).get("managedFields")));
    }

    private static Managers orEmpty(Managers m) {
        return m == null ? new Managers() : m;
    }

    private static ObjectNode strip(ObjectNode o) {
        if (o == null) {
            return null;
        }
        ObjectNode copy = o.deepCopy();
        Json.metadata(copy).remove("managedFields");
        return copy;
    }

    private static ObjectFields.Comparison ignore(ResourceType type, String subresource, ObjectFields.Comparison c) {
        return new ObjectFields.Comparison(ignoreSet(type, subresource, c.added()), ignoreSet(type, subresource, c.modified()),
                ignoreSet(type, subresource, c.removed()));
    }

    /** Drops system metadata, and the status of types whose status only its subresource writes. */
    private static FieldSet ignoreSet(ResourceType type, String subresource, FieldSet set) {
        FieldSet ignored = FieldSet.empty();
        STRIPPED.forEach(ignored::insert);
        if (type.has(ResourceType.Trait.STATUS) && !"status".equals(subresource)) {
            ignored.insert(List.of("f:status"));
        }
        FieldSet out = set.withoutSubtrees(ignored);
        return out.difference(metadataSelf());
    }

    private static FieldSet metadataSelf() {
        FieldSet s = FieldSet.empty();
        s.insert(List.of("f:metadata"));
        return s;
    }

    private static ApiException conflict(Map<Managers.Entry, FieldSet> conflicts) {
        List<String[]> all = new ArrayList<>();
        conflicts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.identity().compareTo(b.identity())))
                .forEach(e -> e.getValue().members().forEach(p -> all.add(new String[] {e.getKey().describe(), FieldSet.pathString(p)})));
        StringBuilder message = new StringBuilder();
        if (all.size() == 1) {
            message.append("Apply failed with 1 conflict: conflict with ").append(all.get(0)[0]).append(": ").append(all.get(0)[1]);
        } else {
            message.append("Apply failed with ").append(all.size()).append(" conflicts: ");
            String current = null;
            List<String> lines = new ArrayList<>();
            for (String[] c : all) {
                if (!c[0].equals(current)) {
                    lines.add("conflicts with " + c[0] + ":");
                    current = c[0];
                }
                lines.add("- " + c[1]);
            }
            message.append(String.join("\n", lines));
        }
        ObjectNode status = Errors.status(409, "Conflict", message.toString());
        status.remove("code");
        ArrayNode causes = status.putObject("details").putArray("causes");
        all.forEach(c -> causes.addObject().put("reason", "FieldManagerConflict").put("message", "conflict with " + c[0]).put("field", c[1]));
        status.put("code", 409);
        return new ApiException(409, status);
    }
}
