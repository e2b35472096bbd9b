package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.delete.Collector;
import io.keelson.apiserver.internal.delete.DeleteOptions;
import io.keelson.apiserver.internal.delete.Deleter;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import java.util.Set;

/**
 * DELETE of one object or of a collection, with DeleteOptions (grace period, propagation policy,
 * preconditions). An object that is gone is answered with a Success Status (or itself, for the types
 * that return the deleted object); one whose deletion is pending with itself.
 */
public final class DeleteHandler {

    private static final Set<String> PROTECTED_NAMESPACES = Set.of("default", "kube-system", "kube-public");
    private final Context context;
    private final Collector collector;

    public DeleteHandler(Context context, Collector collector) {
        this.context = context;
        this.collector = collector;
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
        DeleteOptions options = DeleteOptions.parse(ex, ex.optionalTree(), DryRun.requested(ex, "DeleteOptions"));
        if (type.plural().equals("namespaces") && type.group().isEmpty() && PROTECTED_NAMESPACES.contains(path.name())) {
            throw Errors.forbidden(type, path.name(), "this namespace may not be deleted");
        }
        Deleter.Outcome outcome = deleteOne(type, path.namespace(), path.name(), options);
        if (!outcome.deleted() || type.has(ResourceType.Trait.RETURNS_DELETED_OBJECT)) {
            Responses.object(ex, context, type, 200, outcome.object());
            return;
        }
        ObjectNode status = Json.object().put("kind", "Status").put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Success");
        ObjectNode details = status.putObject("details").put("name", path.name());
        if (!type.group().isEmpty()) {
            details.put("group", type.group());
        }
        details.put("kind", type.plural()).put("uid", Json.text(outcome.object(), "metadata.uid", ""));
        ex.json(200, status);
    }

    /** Deletes with the options; an owner that went at once has its dependents collected. */
    Deleter.Outcome deleteOne(ResourceType type, String namespace, String name, DeleteOptions options) {
        Deleter.Outcome outcome = collector.deleter().delete(type, namespace, name, options);
        if (outcome.deleted() && !options.dryRun()) {
            collector.deleted(type, outcome.object());
        }
        return outcome;
    }

    private void deleteCollection(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (!type.supports("deletecollection")) {
            throw Errors.methodNotAllowed();
        }
        DeleteOptions options = DeleteOptions.parse(ex, ex.optionalTree(), DryRun.requested(ex, "DeleteOptions"));
        LabelSelector labels = LabelSelector.parse(ex.query("labelSelector"));
        FieldSelector fields = FieldSelector.parse(ex.query("fieldSelector"), type);
        Lister.Page page = new Lister(context.storage()).list(type, path.namespace(), labels, fields, 0, null);
        ObjectNode list = Json.object().put("kind", type.listKind()).put("apiVersion", type.apiVersion());
        list.putObject("metadata");
        ArrayNode items = list.putArray("items");
        for (ObjectNode o : page.items()) {
            try {
                items.add(deleteOne(type, Json.text(o, "metadata.namespace"), Json.text(o, "metadata.name"), options).object());
            } catch (ApiException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
        ex.json(200, list);
    }
}
