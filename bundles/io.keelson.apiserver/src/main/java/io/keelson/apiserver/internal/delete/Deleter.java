package io.keelson.apiserver.internal.delete;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.handlers.Lifecycle;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage.Stored;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Deletes one object as Kubernetes' registry does: preconditions (409), a grace period for pods
 * (Terminating until their node's kubelet finishes), the {@code orphan}/{@code foregroundDeletion}
 * finalizers the propagation policy asks for, namespaces going Terminating, and otherwise removal now.
 */
public final class Deleter {

    /** What a deletion did: the object as it is now (or was), and whether it is gone. */
    public record Outcome(ObjectNode object, boolean deleted) {
    }

    private static final int ATTEMPTS = 5;
    private final Context context;
    private final Consumer<Key> pending;

    /** {@code pending} hears of objects whose deletion waits for finalizers the API server itself clears. */
    public Deleter(Context context, Consumer<Key> pending) {
        this.context = context;
        this.pending = pending;
    }

    public Outcome delete(ResourceType type, String namespace, String name, DeleteOptions options) {
        for (int attempt = 1;; attempt++) {
            Stored current = context.storage().require(type, namespace, name);
            try {
                return delete(type, namespace, name, current, options);
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e) || options.resourceVersion() != null || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome delete(ResourceType type, String namespace, String name, Stored current, DeleteOptions o) {
        ObjectNode object = current.object().deepCopy();
        ObjectNode meta = Json.metadata(object);
        checkPreconditions(type, name, o, meta, current.modRevision());
        long grace = Grace.of(context, type, object, o.gracePeriodSeconds());
        Finalizers.apply(meta, o.propagationPolicy());
        boolean isNamespace = isNamespace(type);
        boolean waits = !Finalizers.none(meta) || isNamespace && object.path("spec").path("finalizers").size() > 0;
        if (grace == 0 && !waits) {
            if (o.dryRun()) {
                return new Outcome(current.object(), true);
            }
            ObjectNode gone = context.storage().delete(type, namespace, name, current.modRevision());
            if (Context.isServices(type)) {
                context.services().release(gone);
            }
            return new Outcome(gone, true);
        }
        JsonNode existing = meta.get("deletionGracePeriodSeconds");
        if (!meta.has("deletionTimestamp") || existing != null && grace < existing.asLong()) {
            meta.put("deletionTimestamp", Instant.now(context.clock()).plusSeconds(grace).truncatedTo(ChronoUnit.SECONDS).toString());
            meta.put("deletionGracePeriodSeconds", grace);
        }
        if (isNamespace) {
            Json.child(object, "status").put("phase", "Terminating");
        }
        if (o.dryRun()) {
            return new Outcome(object, false);
        }
        if (object.equals(current.object())) {
            return new Outcome(current.object(), false);
        }
        ObjectNode stored = context.storage().update(type, namespace, name, object, current.modRevision());
        pending.accept(new Key(type, namespace, name));
        return new Outcome(stored, false);
    }

    private static void checkPreconditions(ResourceType type, String name, DeleteOptions o, ObjectNode meta, long revision) {
        String uid = meta.path("uid").asText();
        if (o.uid() != null && !o.uid().isEmpty() && !o.uid().equals(uid)) {
            throw Errors.conflict(type, name, "Precondition failed: UID in precondition: " + o.uid() + ", UID in object meta: " + uid);
        }
        if (o.resourceVersion() != null && !o.resourceVersion().isEmpty() && !o.resourceVersion().equals(Long.toString(revision))) {
            throw Errors.conflict(type, name, "Precondition failed: ResourceVersion in precondition: " + o.resourceVersion()
                    + ", ResourceVersion in object meta: " + revision);
        }
    }

    static boolean isNamespace(ResourceType type) {
        return type.group().isEmpty() && type.plural().equals("namespaces");
    }

    /** Whether an update leaves an object that is due to go: no finalizers left and no grace period running (store.Update). */
    public static boolean dueAfterUpdate(ResourceType type, ObjectNode next) {
        ObjectNode meta = Json.metadata(next);
        if (!meta.has("deletionTimestamp") || !Finalizers.none(meta)) {
            return false;
        }
        if (isNamespace(type)) {
            return next.path("spec").path("finalizers").size() == 0;
        }
        return meta.path("deletionGracePeriodSeconds").asLong(0) == 0;
    }

    /** Removes a finalizer; the object goes when it was the last and nothing else holds it. */
    public void removeFinalizer(ResourceType type, String namespace, String name, String finalizer) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Stored current = context.storage().get(type, namespace, name).orElse(null);
            if (current == null) {
                return;
            }
            ObjectNode object = current.object().deepCopy();
            ArrayNode list = (ArrayNode) Json.metadata(object).withArray("finalizers");
            for (int i = list.size() - 1; i >= 0; i--) {
                if (list.get(i).asText().equals(finalizer)) {
                    list.remove(i);
                }
            }
            try {
                if (dueAfterUpdate(type, object)) {
                    context.storage().delete(type, namespace, name, current.modRevision());
                } else {
                    context.storage().update(type, namespace, name, object, current.modRevision());
                }
                return;
            } catch (ApiException e) {
                if (!Errors.isStoreRace(e)) {
                    throw e;
                }
            }
        }
    }

    /** An object by type, namespace and name. */
    public record Key(ResourceType type, String namespace, String name) {
    }

    static String now(Context context) {
        return Lifecycle.timestamp(context.clock());
    }
}
