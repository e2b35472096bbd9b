package io.keelson.store.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives a watch's events. Calls for one watch never overlap and come in revision order.
 * Listeners must not block for long: the store delivers on its own threads.
 */
@ConsumerType
public interface WatchListener {

    /** Events in revision order; never empty. */
    void onEvents(List<WatchEvent> events);

    /**
     * The store has seen everything up to {@code revision} and nothing in it matched this watch.
     * The API server turns this into a BOOKMARK.
     */
    default void onProgress(long revision) {
    }

    /**
     * The watch ended because of {@code error} (a {@link CompactedException} when it started below
     * the compacted revision, a {@link StoreUnavailableException} when the store went away). No
     * events follow.
     */
    default void onError(StoreException error) {
    }
}
