package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/**
 * One event of a watch.
 *
 * @param type   what happened
 * @param object the object (for DELETED its last state; for BOOKMARK only kind, apiVersion and
 *               metadata.resourceVersion); null for ERROR
 * @param status for ERROR, the Status the server sent (code 410 when the start is too old); else null
 */
public record WatchEvent<T>(Type type, T object, Status status) {

    public enum Type { ADDED, MODIFIED, DELETED, BOOKMARK, ERROR }

    /** For ERROR: the Status code, e.g. 410; else 0. */
    public int code() {
        return status == null || status.getCode() == null ? 0 : status.getCode();
    }
}
