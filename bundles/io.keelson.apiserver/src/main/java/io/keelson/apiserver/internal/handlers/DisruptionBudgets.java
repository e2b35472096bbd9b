package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.managed.FieldManager;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The PodDisruptionBudgets an eviction answers to, as Kubernetes' eviction REST reads them: those of
 * the pod's namespace whose selector matches its labels; a budget allows the eviction when its status
 * is current and has a disruption left, which the eviction takes (a compare-and-swap on the status).
 */
final class DisruptionBudgets {

    /** EvictionsRetry's steps: how often a status write that lost a race is tried again. */
    static final int ATTEMPTS = 20;
    /** MaxDisruptedPodSize: more evictions than this not yet seen by the disruption controller refuse further ones. */
    private static final int MAX_DISRUPTED_PODS = 2000;
    /** The manager of the status write: the API server's loopback client in Kubernetes. */
    private static final String MANAGER = "kube-apiserver";

    private final Context context;

    DisruptionBudgets(Context context) {
        this.context = context;
    }

    /** The budgets whose selector selects {@code labels}. */
    List<ObjectNode> matching(String namespace, JsonNode labels) {
        List<ObjectNode> out = new ArrayList<>();
        String prefix = ObjectStorage.prefix(type(), namespace);
        for (KeyValue kv : context.storage().range(new RangeRequest(prefix, null, 0, 0)).kvs()) {
            ObjectNode budget = ObjectStorage.decode(kv).object();
            if (selects(budget, labels)) {
                out.add(budget);
            }
        }
        return out;
    }

    /**
     * Whether the eviction answers to {@code budget}: a missing or invalid selector selects nothing, and so does an empty one
     * (eviction.go: "If a PDB with a nil or empty selector creeps in, it should match nothing, not everything"), though a
     * label selector with no requirements selects everything elsewhere.
     */
    static boolean selects(JsonNode budget, JsonNode labels) {
        JsonNode selector = budget.path("spec").get("selector");
        if (selector != null && selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty()) {
            return false;
        }
        return LabelSelection.selects(selector, labels);
    }

    /**
     * Takes one disruption from the budget for {@code pod}: 429 when its status is stale or allows none,
     * 403 when it is broken; otherwise disruptionsAllowed goes down by one and the pod joins disruptedPods.
     */
    void take(String namespace, String name, String pod, boolean dryRun) {
        ResourceType type = type();
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(type, namespace, name);
            ObjectNode budget = current.object().deepCopy();
            JsonNode status = budget.path("status");
            if (status.path("observedGeneration").asLong(0) < Json.metadata(budget).path("generation").asLong(0)) {
                throw stillProcessing(name);
            }
            long allowed = status.path("disruptionsAllowed").asLong(0);
            if (allowed < 0) {
                throw forbidden(name, "pdb disruptions allowed is negative");
            }
            if (status.path("disruptedPods").size() > MAX_DISRUPTED_PODS) {
                throw forbidden(name, "DisruptedPods map too big - too many evictions not confirmed by PDB controller");
            }
            if (allowed == 0) {
                throw violation("The disruption budget " + name + " needs " + status.path("desiredHealthy").asLong(0)
                        + " healthy pods and has " + status.path("currentHealthy").asLong(0) + " currently", 0);
            }
            String now = Lifecycle.timestamp(context.clock());
            ObjectNode next = Json.child(budget, "status");
            next.put("disruptionsAllowed", allowed - 1);
            if (allowed - 1 == 0) {
                noneAllowed(next, now);
            }
            if (dryRun) {
                return;
            }
            Json.child(next, "disruptedPods").put(pod, now);
            FieldManager.update(type, current.object(), budget, MANAGER, "status", now);
            try {
                context.storage().update(type, namespace, name, budget, current.modRevision());
                return;
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The DisruptionAllowed condition once no disruption is left (pdbhelper.UpdateDisruptionAllowedCondition). */
    private static void noneAllowed(ObjectNode status, String now) {
        ArrayNode conditions = status.withArray("conditions");
        ObjectNode condition = null;
        for (JsonNode c : conditions) {
            if ("DisruptionAllowed".equals(c.path("type").asText())) {
                condition = (ObjectNode) c;
            }
        }
        if (condition == null) {
            condition = conditions.addObject().put("type", "DisruptionAllowed").put("status", "False").put("lastTransitionTime", now);
        } else if (!"False".equals(condition.path("status").asText())) {
            condition.put("status", "False").put("lastTransitionTime", now);
        }
        condition.remove("observedGeneration");
        condition.put("reason", "InsufficientPods").put("message", "");
    }

    /** 429 while the disruption controller has not caught up with the budget (or a pinned delete raced). */
    static ApiException stillProcessing(String name) {
        return violation("The disruption budget " + name + " is still being processed by the server.", 10);
    }

    private static ApiException violation(String cause, int retryAfterSeconds) {
        ObjectNode s = Errors.status(429, "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.");
        s.remove("code");
        ObjectNode details = s.putObject("details");
        details.putArray("causes").addObject().put("reason", "DisruptionBudget").put("message", cause);
        if (retryAfterSeconds > 0) {
            details.put("retryAfterSeconds", retryAfterSeconds);
        }
        s.put("code", 429);
        return new ApiException(429, s);
    }

    /** 403 as errors.NewForbidden words it for the singular resource Kubernetes names here. */
    private static ApiException forbidden(String name, String why) {
        ObjectNode s = Errors.status(403, "Forbidden", "poddisruptionbudget.policy \"" + name + "\" is forbidden: " + why);
        s.remove("code");
        s.putObject("details").put("name", name).put("group", "policy").put("kind", "poddisruptionbudget");
        s.put("code", 403);
        return new ApiException(403, s);
    }

    private ResourceType type() {
        return context.registry().find("policy", "v1", "poddisruptionbudgets").orElseThrow();
    }
}
