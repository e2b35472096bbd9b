package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.util.Set;

/**
 * DELETE of one object (preconditions, finalizers) or of a collection. Namespaces are removed with
 * everything in them at once: there is no namespace controller yet to do it in the background.
 */
public final class DeleteHandler {

    private static final Set<String> PROTECTED_NAMESPACES = Set.of("default", "kube-system", "kube-public");
    private final Context context;

    public DeleteHandler(Context context) {
        this.context = context;
    }

    public void delete(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (path.isCollection()) {
            deleteCollection(ex, path);
            return;
        }
        if (!type.supports("delete") || path.subresource() != null) {
            throw Errors.methodNotAllowed();
        }
        JsonNode options = options(ex.body());
        if (type.plural().equals("namespaces") && type.group().isEmpty() && PROTECTED_NAMESPACES.contains(path.name())) {
            throw Errors.forbidden(type, path.name(), "this namespace may not be deleted");
        }
        Stored current = context.storage().require(type, path.namespace(), path.name());
        ObjectNode result = deleteOne(type, path.namespace(), path.name(), options, DryRun.requested(ex));
        if (type.has(ResourceType.Trait.RETURNS_DELETED_OBJECT) || Json.metadata(result).has("deletionTimestamp")) {
            Responses.object(ex, context, type, 200, result);
        } else {
            ObjectNode status = Json.object().put("kind", "Status").put("apiVersion", "v1");
            status.putObject("metadata");
            status.put("status", "Success");
            ObjectNode details = status.putObject("details").put("name", path.name());
            if (!type.group().isEmpty()) {
                details.put("group", type.group());
            }
            details.put("kind", type.plural()).put("uid", Json.metadata(current.object()).path("uid").asText());
            ex.json(200, status);
        }
    }

    /** Deletes the current object with the DeleteOptions' preconditions: now, or marked while finalizers remain. */
    ObjectNode deleteOne(ResourceType type, String namespace, String name, JsonNode options, boolean dryRun) {
        Stored current = context.storage().require(type, namespace, name);
        checkPreconditions(type, name, options, current);
        return deleteOne(type, namespace, name, current, dryRun);
    }

    /** Deletes now, or marks for deletion while finalizers remain. */
    ObjectNode deleteOne(ResourceType type, String namespace, String name, Stored current, boolean dryRun) {
        ObjectNode meta = Json.metadata(current.object());
        if (!Updater.isEmpty(meta.get("finalizers")) && !(type.plural().equals("namespaces") && type.group().isEmpty())) {
            if (meta.has("deletionTimestamp") || dryRun) {
                return current.object();
            }
            ObjectNode marked = current.object().deepCopy();
            Json.metadata(marked).put("deletionTimestamp", Lifecycle.timestamp(context.clock())).put("deletionGracePeriodSeconds", 0);
            return context.storage().update(type, namespace, name, marked, current.modRevision());
        }
        if (dryRun) {
            return current.object();
        }
        if (type.plural().equals("namespaces") && type.group().isEmpty()) {
            NamespaceCleaner.deleteContents(context, name);
        }
        return context.storage().delete(type, namespace, name, current.modRevision());
    }

    private void deleteCollection(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (!type.supports("deletecollection")) {
            throw Errors.methodNotAllowed();
        }
        options(ex.body());
        boolean dryRun = DryRun.requested(ex);
        LabelSelector labels = LabelSelector.parse(ex.query("labelSelector"));
        FieldSelector fields = FieldSelector.parse(ex.query("fieldSelector"), type);
        Lister.Page page = new Lister(context.storage()).list(type, path.namespace(), labels, fields, 0, null);
        ObjectNode list = Json.object().put("kind", type.listKind()).put("apiVersion", type.apiVersion());
        list.putObject("metadata");
        ArrayNode items = list.putArray("items");
        for (ObjectNode o : page.items()) {
            ObjectNode meta = Json.metadata(o);
            String ns = meta.path("namespace").asText(null);
            String name = meta.path("name").asText();
            context.storage().get(type, ns, name).ifPresent(s -> items.add(deleteOne(type, ns, name, s, dryRun)));
        }
        ex.json(200, list);
    }

    private static JsonNode options(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        JsonNode n = ObjectCodec.parse(body);
        if (!n.isObject()) {
            throw Errors.badRequest("the DeleteOptions body must be a JSON object");
        }
        return n;
    }

    private static void checkPreconditions(ResourceType type, String name, JsonNode options, Stored current) {
        JsonNode pre = options.path("preconditions");
        ObjectNode meta = Json.metadata(current.object());
        String uid = pre.path("uid").asText("");
        if (!uid.isEmpty() && !uid.equals(meta.path("uid").asText())) {
            throw Errors.conflict(type, name, "Precondition failed: UID in precondition: " + uid + ", UID in object meta: "
                    + meta.path("uid").asText());
        }
        String rv = pre.path("resourceVersion").asText("");
        if (!rv.isEmpty() && !rv.equals(Long.toString(current.modRevision()))) {
            throw Errors.conflict(type, name, "Precondition failed: ResourceVersion in precondition: " + rv
                    + ", ResourceVersion in object meta: " + current.modRevision());
        }
    }
}
