package io.keelson.client.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives a watch's events, one at a time in order, then exactly one {@link #onClose}. */
@ConsumerType
public interface Watcher<T> {

    void onEvent(WatchEvent<T> event);

    /**
     * The watch ended: {@code cause} is null when it ended cleanly (closed by the caller, or the
     * server ended the stream, also after an ERROR event); otherwise why it failed.
     */
    void onClose(KubeException cause);
}
