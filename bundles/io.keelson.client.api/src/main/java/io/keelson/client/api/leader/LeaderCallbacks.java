package io.keelson.client.api.leader;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a candidate is told, in order, on a thread of its own (not the one renewing the lease, so a
 * callback may take time; long work belongs on the caller's own threads, stopped in
 * {@link #onStoppedLeading()}).
 */
@ConsumerType
public interface LeaderCallbacks {

    /** This candidate now leads. */
    void onStartedLeading();

    /** This candidate no longer leads (lost the lease, failed to renew in time, or was stopped). */
    void onStoppedLeading();

    /** The observed leader changed (also to this candidate); null when the lease is empty. */
    default void onNewLeader(String identity) {
    }
}
