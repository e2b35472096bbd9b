package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.delete.Deleter.Key;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.handlers.Lister;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and handles the dependents of an owner (objects whose ownerReferences name its uid; a
 * namespaced owner's live in its namespace) and the contents of a namespace. Found by scanning: a
 * stand-in, like {@link Collector}, until the garbage collector keeps a graph.
 */
final class Dependents {

    private final Context context;
    private final Deleter deleter;

    Dependents(Context context, Deleter deleter) {
        this.context = context;
        this.deleter = deleter;
    }

    /** Dependents lose their reference to the owner. */
    void orphan(Key owner, ObjectNode object) {
        String uid = Json.text(object, "metadata.uid", "");
        for (Found d : of(owner.type(), owner.namespace(), uid)) {
            dropReference(d, uid);
        }
    }

    /** Deletes the owner's dependents; true once none is left. */
    boolean deleteAll(Key owner, ObjectNode object) {
        List<Found> found = of(owner.type(), owner.namespace(), Json.text(object, "metadata.uid", ""));
        for (Found d : found) {
            delete(d);
        }
        return found.isEmpty();
    }

    /** The dependents of an owner that is gone: deleted when it was their only owner, else they drop the reference. */
    void deleteOrphans(ResourceType type, ObjectNode gone) {
        String uid = Json.text(gone, "metadata.uid", "");
        for (Found d : of(type, Json.text(gone, "metadata.namespace"), uid)) {
            if (d.object().path("metadata").path("ownerReferences").size() > 1) {
                dropReference(d, uid);
            } else {
                delete(d);
            }
        }
    }

    /** Deletes everything in the namespace; true once it is empty. */
    boolean emptyNamespace(String namespace) {
        boolean empty = true;
        for (ResourceType type : context.registry().all()) {
            if (!type.namespaced() || type.has(ResourceType.Trait.VIRTUAL)) {
                continue;
            }
            for (ObjectNode o : list(type, namespace)) {
                empty = false;
                delete(new Found(type, o));
            }
        }
        return empty;
    }

    private List<Found> of(ResourceType ownerType, String namespace, String uid) {
        List<Found> out = new ArrayList<>();
        for (ResourceType type : context.registry().all()) {
            if (type.has(ResourceType.Trait.VIRTUAL) || ownerType.namespaced() && !type.namespaced()) {
                continue;
            }
            for (ObjectNode o : list(type, ownerType.namespaced() ? namespace : null)) {
                for (JsonNode ref : o.path("metadata").path("ownerReferences")) {
                    if (uid.equals(ref.path("uid").asText())) {
                        out.add(new Found(type, o));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private List<ObjectNode> list(ResourceType type, String namespace) {
        return new Lister(context.storage()).list(type, namespace, LabelSelector.parse(null), FieldSelector.parse(null, type), 0, null)
                .items();
    }

    private void delete(Found d) {
        if (Json.metadata(d.object()).has("deletionTimestamp")) {
            return;
        }
        try {
            deleter.delete(d.type(), Json.text(d.object(), "metadata.namespace"), Json.text(d.object(), "metadata.name"),
                    DeleteOptions.BACKGROUND);
        } catch (ApiException e) {
            // gone meanwhile, or changed: the next round sees it again
        }
    }

    private void dropReference(Found d, String uid) {
        ObjectNode o = d.object().deepCopy();
        ArrayNode refs = (ArrayNode) Json.metadata(o).withArray("ownerReferences");
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (uid.equals(refs.get(i).path("uid").asText())) {
                refs.remove(i);
            }
        }
        if (refs.isEmpty()) {
            Json.metadata(o).remove("ownerReferences");
        }
        try {
            context.storage().update(d.type(), Json.text(o, "metadata.namespace"), Json.text(o, "metadata.name"), o,
                    Long.parseLong(Json.text(d.object(), "metadata.resourceVersion", "0")));
        } catch (ApiException e) {
            // changed meanwhile: the next round sees it again
        }
    }

    private record Found(ResourceType type, ObjectNode object) {
    }
}
