package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One resource type, in one namespace or across all. Every failure the server reports is a
 * {@link KubeException} subclass ({@link NotFoundException}, {@link ConflictException}, ...).
 *
 * <p>Namespace rules for a namespaced type: reads and writes by name need a namespace
 * ({@link #inNamespace}); create, update and updateStatus take the client's namespace or, when it
 * has none, the object's {@code metadata.namespace}. List and watch without a namespace span all.
 */
@ProviderType
public interface ResourceClient<T extends HasMetadata> {

    Class<T> type();

    /** The namespace this view is scoped to; null for all namespaces or a cluster-scoped type. */
    String namespace();

    /** The same resource scoped to {@code namespace}; IllegalArgumentException for cluster-scoped types. */
    ResourceClient<T> inNamespace(String namespace);

    /** The same resource across all namespaces. */
    ResourceClient<T> inAnyNamespace();

    /** The object; {@link NotFoundException} when there is none. */
    T get(String name);

    /** One page (or, without a limit, all) of the objects the options select. */
    ObjectList<T> list(ListOptions options);

    /**
     * Starts a watch and returns at once; events and the end of the watch reach {@code watcher}
     * on a thread of the client, one at a time, in order. Without a resourceVersion the watch starts
     * with ADDED for every current object; with one it replays every change after it (or sends one
     * ERROR event with code 410 when that history is gone). Reconnecting is the caller's job
     * (informers do it).
     */
    Watch watch(ListOptions options, Watcher<T> watcher);

    /** Creates the object; {@link AlreadyExistsException} if the name is taken. Returns what was stored. */
    T create(T object);

    /**
     * Replaces the object (not its status, for types with a status subresource). With a
     * {@code metadata.resourceVersion} the write is conditional: {@link ConflictException} if the
     * object changed since.
     */
    T update(T object);

    /** Replaces the status only (the {@code /status} subresource), conditional like {@link #update}. */
    T updateStatus(T object);

    /** Patches the named object; {@code body} is JSON in the patch type's format. */
    T patch(String name, PatchType type, String body);

    /** Patches the named object's status subresource. */
    T patchStatus(String name, PatchType type, String body);

    /**
     * Server-side apply: {@code object} holds only the fields {@code fieldManager} wants to own; the
     * server merges them into the current object (creating it if missing) and records the manager.
     * Changing a field another manager owns is a {@link ConflictException} unless {@code force}.
     * Namespace as for {@link #create}.
     */
    T apply(T object, String fieldManager, boolean force);

    /**
     * Deletes the object (or marks it for deletion while finalizers remain);
     * {@link NotFoundException} when there is none, {@link ConflictException} when a precondition fails.
     */
    void delete(String name, DeleteOptions options);

    default void delete(String name) {
        delete(name, DeleteOptions.DEFAULTS);
    }

    default ObjectList<T> list() {
        return list(ListOptions.ALL);
    }
}
