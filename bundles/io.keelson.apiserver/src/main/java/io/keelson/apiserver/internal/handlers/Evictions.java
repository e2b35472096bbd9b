package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.delete.DeleteOptions;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * POST pods/x/eviction as Kubernetes' EvictionREST: a pod that is pending, finished or already being
 * deleted goes at once; any other asks the one PodDisruptionBudget that selects it (several: 500), and
 * goes only when the budget gives up a disruption. The pod gets the DisruptionTarget condition before
 * it is deleted with the eviction's DeleteOptions.
 */
final class Evictions {

    private final Context context;
    private final DeleteHandler deletes;
    private final DisruptionBudgets budgets;

    Evictions(Context context, DeleteHandler deletes) {
        this.context = context;
        this.deletes = deletes;
        this.budgets = new DisruptionBudgets(context);
    }

    void evict(Exchange ex, String namespace, String name) {
        JsonNode eviction = PodSubresources.body(ex, "policy/v1", "Eviction");
        if (!name.equals(eviction.path("metadata").path("name").asText(""))) {
            throw Errors.badRequest("name in URL does not match name in Eviction object");
        }
        JsonNode raw = eviction.path("deleteOptions");
        // the query holds CreateOptions here: DeleteOptions come from the body only
        byte[] body = raw.isObject() ? Json.bytes(raw) : "{}".getBytes(StandardCharsets.UTF_8);
        DeleteOptions options = DeleteOptions.parse(ex, body, DryRun.requested(ex, "CreateOptions"));
        boolean pinnedByClient = options.resourceVersion() != null;
        Stored pod;
        for (int attempt = 1;; attempt++) {
            pod = context.storage().require(pods(), namespace, name);
            if (!budgetsIgnored(pod.object())) {
                break;
            }
            // a pending pod could turn ready meanwhile: delete the version judged, unless the client pinned one
            DeleteOptions o = enforceVersion(pod.object()) && !pinnedByClient ? pinned(options, pod) : options;
            try {
                deleteWithCondition(namespace, name, o);
                ex.json(201, PodSubresources.success(201));
                return;
            } catch (ApiException e) {
                if (pinnedByClient || !isConflict(e) || attempt >= DisruptionBudgets.ATTEMPTS) {
                    throw e;
                }
            }
        }
        List<ObjectNode> matching = budgets.matching(namespace, Json.metadata(pod.object()).path("labels"));
        if (matching.size() > 1) {
            // Kubernetes answers a Failure Status with code 500 here (no reason): kept, though the cause is the cluster's setup
            throw new ApiException(500, Errors.status(500, null,
                    "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."));
        }
        String budget = matching.isEmpty() ? null : Json.text(matching.get(0), "metadata.name");
        boolean pin = false;
        if (budget != null) {
            pin = unhealthyMayGo(pod.object(), matching.get(0));
            if (!pin) {
                budgets.take(namespace, budget, name, options.dryRun());
            }
        }
        try {
            deleteWithCondition(namespace, name, pin ? pinned(options, pod) : options);
        } catch (ApiException e) {
            if (pin && !pinnedByClient && isConflict(e)) {
                throw DisruptionBudgets.stillProcessing(budget);
            }
            throw e;
        }
        ex.json(201, PodSubresources.success(201));
    }

    /** An unready pod leaves without taking a disruption when the budget says AlwaysAllow, or when the application is healthy enough. */
    private static boolean unhealthyMayGo(ObjectNode pod, ObjectNode budget) {
        if (ready(pod)) {
            return false;
        }
        if ("AlwaysAllow".equals(Json.text(budget, "spec.unhealthyPodEvictionPolicy", ""))) {
            return true;
        }
        JsonNode status = budget.path("status");
        long desired = status.path("desiredHealthy").asLong(0);
        return desired > 0 && status.path("currentHealthy").asLong(0) >= desired;
    }

    /** Marks the pod DisruptionTarget (reason EvictionByEvictionAPI), then deletes it; a dry run only deletes (which stores nothing). */
    private void deleteWithCondition(String namespace, String name, DeleteOptions options) {
        ResourceType pods = pods();
        DeleteOptions o = options;
        for (int attempt = 1; !options.dryRun(); attempt++) {
            Stored latest = context.storage().require(pods, namespace, name);
            String uid = Json.text(latest.object(), "metadata.uid", "");
            String version = Json.text(latest.object(), "metadata.resourceVersion", "");
            if (options.uid() != null && !options.uid().isEmpty() && !options.uid().equals(uid)) {
                throw Errors.conflict("Pod", name, "the UID in the precondition (" + options.uid() + ") does not match the UID in record ("
                        + uid + "). The object might have been deleted and then recreated");
            }
            if (options.resourceVersion() != null && !options.resourceVersion().isEmpty() && !options.resourceVersion().equals(version)) {
                throw Errors.conflict("Pod", name, "the ResourceVersion in the precondition (" + options.resourceVersion()
                        + ") does not match the ResourceVersion in record (" + version + "). The object might have been modified");
            }
            ObjectNode next = latest.object().deepCopy();
            disruptionTarget(next, Lifecycle.timestamp(context.clock()));
            try {
                ObjectNode stored = context.storage().update(pods, namespace, name, next, latest.modRevision());
                if (options.resourceVersion() != null) {
                    o = new DeleteOptions(options.gracePeriodSeconds(), options.propagationPolicy(), options.uid(),
                            Json.text(stored, "metadata.resourceVersion"), options.dryRun());
                }
                break;
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || attempt >= DisruptionBudgets.ATTEMPTS) {
                    throw e;
                }
            }
        }
        deletes.deleteOne(pods, namespace, name, o);
    }

    /** podutil.UpdatePodCondition with DisruptionTarget: the transition time moves only when the status does. */
    private static void disruptionTarget(ObjectNode pod, String now) {
        ArrayNode conditions = Json.child(pod, "status").withArray("conditions");
        ObjectNode condition = null;
        for (JsonNode c : conditions) {
            if ("DisruptionTarget".equals(c.path("type").asText())) {
                condition = (ObjectNode) c;
            }
        }
        String since = condition != null && "True".equals(condition.path("status").asText())
                ? condition.path("lastTransitionTime").asText(now) : now;
        if (condition == null) {
            condition = conditions.addObject();
        }
        condition.removeAll();
        condition.put("type", "DisruptionTarget").put("status", "True").putNull("lastProbeTime").put("lastTransitionTime", since)
                .put("reason", "EvictionByEvictionAPI").put("message", "Eviction API: evicting");
    }

    private static boolean budgetsIgnored(ObjectNode pod) {
        String phase = Json.text(pod, "status.phase", "");
        return phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Pending") || Json.metadata(pod).has("deletionTimestamp");
    }

    private static boolean enforceVersion(ObjectNode pod) {
        String phase = Json.text(pod, "status.phase", "");
        return !(phase.equals("Succeeded") || phase.equals("Failed") || Json.metadata(pod).has("deletionTimestamp"));
    }

    private static boolean ready(ObjectNode pod) {
        for (JsonNode c : pod.path("status").path("conditions")) {
            if ("Ready".equals(c.path("type").asText())) {
                return "True".equals(c.path("status").asText());
            }
        }
        return false;
    }

    private static DeleteOptions pinned(DeleteOptions o, Stored pod) {
        return new DeleteOptions(o.gracePeriodSeconds(), o.propagationPolicy(), o.uid(), Long.toString(pod.modRevision()), o.dryRun());
    }

    private static boolean isConflict(ApiException e) {
        return e.code() == 409 && "Conflict".equals(e.status().path("reason").asText());
    }

    private ResourceType pods() {
        return context.registry().find("", "v1", "pods").orElseThrow();
    }
}
