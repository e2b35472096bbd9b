package io.keelson.client.api.leader;

import org.osgi.annotation.versioning.ProviderType;

/** One candidate in a leader election. */
@ProviderType
public interface LeaderElector extends AutoCloseable {

    /** Starts trying to acquire, then renewing, in the background; returns at once. */
    void start();

    /** True while this candidate holds the lease and renewed it within the renew deadline. */
    boolean isLeader();

    /** The holderIdentity last observed in the lease; null if none. */
    String observedLeader();

    /** Stops; a leader stops leading (and empties the lease when releaseOnCancel). */
    @Override
    void close();
}
