package io.keelson.client.api.leader;

import java.time.Duration;
import java.util.Objects;

/**
 * One candidate's election settings (client-go's LeaderElectionConfig).
 *
 * @param namespace       namespace of the Lease
 * @param name            name of the Lease
 * @param identity        this candidate's holderIdentity; unique among candidates
 * @param leaseDuration   how long others wait, after they last saw the lease change, before taking it
 * @param renewDeadline   how long the leader keeps trying to renew before it gives up leading
 * @param retryPeriod     how often candidates try to acquire, and the leader renews
 * @param releaseOnCancel on stop, the leader empties the lease so another takes over at once
 */
public record LeaderElectionConfig(String namespace, String name, String identity, Duration leaseDuration, Duration renewDeadline,
        Duration retryPeriod, boolean releaseOnCancel) {

    public LeaderElectionConfig {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        if (identity.isEmpty()) {
            throw new IllegalArgumentException("identity must not be empty");
        }
        if (leaseDuration.compareTo(renewDeadline) <= 0) {
            throw new IllegalArgumentException("leaseDuration must be greater than renewDeadline");
        }
        if (renewDeadline.compareTo(retryPeriod) <= 0) {
            throw new IllegalArgumentException("renewDeadline must be greater than retryPeriod");
        }
    }

    /** client-go's defaults: 15 s lease, 10 s renew deadline, 2 s retry, release on cancel. */
    public static LeaderElectionConfig of(String namespace, String name, String identity) {
        return new LeaderElectionConfig(namespace, name, identity, Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2),
                true);
    }

    public LeaderElectionConfig withTimings(Duration lease, Duration renew, Duration retry) {
        return new LeaderElectionConfig(namespace, name, identity, lease, renew, retry, releaseOnCancel);
    }
}
