package io.keelson.apiserver.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.annotation.versioning.ConsumerType;

/** Receives a watch's events one at a time, in order, on a server thread; then exactly one {@link #onClose}. */
@ConsumerType
public interface ApiWatchListener {

    /**
     * {@code type} ADDED, MODIFIED, DELETED, BOOKMARK or ERROR (the object is then a Status, e.g. code
     * 410). The object has kind and apiVersion; it may be shared with other watchers: read-only.
     */
    void onEvent(String type, ObjectNode object);

    /** Once, last: null when the watch ended (timeout, after ERROR, or close()), else why it failed. */
    void onClose(ApiException error);
}
