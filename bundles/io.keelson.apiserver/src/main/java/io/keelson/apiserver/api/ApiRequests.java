package io.keelson.apiserver.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Kubernetes REST verbs in-process: the same code as the HTTP routes (decode checks, defaulting,
 * validation, admission, managed fields, storage, watch hub) without transport. Every call throws
 * {@link ApiException} with the {@code Status} and code the HTTP path would answer. Thread-safe.
 *
 * <p>Trees passed in belong to the server from then on (it fills in defaults in place); do not
 * reuse them. Answers carry {@code kind} and {@code apiVersion} as the HTTP answers do; they may
 * share parts with the server's state, so treat them as read-only ({@code deepCopy()} to change one).
 */
@ProviderType
public interface ApiRequests {

    /** GET of an object or its {@code status} subresource. */
    ObjectNode get(Caller caller, ResourceKey key);

    /** LIST: a {@code *List} with metadata.resourceVersion, continue, remainingItemCount and items. */
    ObjectNode list(Caller caller, ResourceKey key, ListParams params);

    /**
     * WATCH: returns at once; events reach {@code listener} on a server thread. Request errors (bad
     * selector or resourceVersion, unknown resource, verb not supported) are thrown from here.
     */
    ApiWatch watch(Caller caller, ResourceKey key, ListParams params, ApiWatchListener listener);

    /** POST to a collection ({@code key.name()} null); the stored object. */
    ObjectNode create(Caller caller, ResourceKey key, ObjectNode body, WriteParams params);

    /** PUT of an object, or with {@code key.subresource()} "status" of its status. */
    ObjectNode update(Caller caller, ResourceKey key, ObjectNode body, WriteParams params);

    /**
     * PATCH; {@code contentType} application/json-patch+json (an array), merge-patch+json,
     * strategic-merge-patch+json, or apply-patch+yaml (server-side apply: the object tree, with
     * {@link WriteParams#fieldManager()} required).
     */
    ObjectNode patch(Caller caller, ResourceKey key, String contentType, JsonNode patch, WriteParams params);

    /**
     * DELETE of an object ({@code deleteOptions} a DeleteOptions tree, or null for the defaults): the
     * object (marked for deletion, or as deleted for the types that return it) or a Success Status.
     */
    ObjectNode delete(Caller caller, ResourceKey key, ObjectNode deleteOptions, WriteParams params);
}
