package io.keelson.client.tools.internal.leader;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseSpec;
import io.keelson.client.api.AlreadyExistsException;
import io.keelson.client.api.ConflictException;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.NotFoundException;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.leader.LeaderElectionConfig;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The Lease as a lock. Expiry is judged by when this candidate last saw the lease record change
 * (its own monotonic clock), never by the renewTime another machine wrote, so clock skew between
 * candidates does not matter (client-go does the same). Writes are guarded by resourceVersion.
 */
final class LeaseLock {

    /** What a try found: whether this candidate holds the lease now, and who does. */
    record Result(boolean held, String holder) {
    }

    private final ResourceClient<Lease> leases;
    private final LeaderElectionConfig config;
    private LeaseSpec observed;
    private long observedAtNanos;

    LeaseLock(KubeClient client, LeaderElectionConfig config) {
        this.leases = client.resources(Lease.class).inNamespace(config.namespace());
        this.config = config;
    }

    Result tryAcquireOrRenew(Duration leaseDuration) {
        String me = config.identity();
        Lease lease;
        try {
            lease = leases.get(config.name());
        } catch (NotFoundException e) {
            LeaseSpec spec = spec(me, leaseDuration, now(), 0);
            try {
                leases.create(new Lease("coordination.k8s.io/v1", "Lease",
                        new ObjectMetaBuilder().withName(config.name()).withNamespace(config.namespace()).build(), spec));
            } catch (AlreadyExistsException raced) {
                return new Result(false, null);
            }
            observe(spec);
            return new Result(true, me);
        }
        LeaseSpec current = lease.getSpec() == null ? new LeaseSpec() : lease.getSpec();
        observe(current);
        String holder = emptyToNull(current.getHolderIdentity());
        int duration = current.getLeaseDurationSeconds() == null ? 0 : current.getLeaseDurationSeconds();
        if (holder != null && !holder.equals(me) && System.nanoTime() - observedAtNanos < Duration.ofSeconds(duration).toNanos()) {
            return new Result(false, holder);
        }
        int transitions = current.getLeaseTransitions() == null ? 0 : current.getLeaseTransitions();
        ZonedDateTime acquired = me.equals(holder) ? current.getAcquireTime() : now();
        LeaseSpec next = spec(me, leaseDuration, acquired, me.equals(holder) ? transitions : transitions + 1);
        lease.setSpec(next);
        try {
            leases.update(lease);
        } catch (ConflictException e) {
            return new Result(false, holder);
        }
        observe(next);
        return new Result(true, me);
    }

    /** Empties the lease (if still ours) with a 1 s duration, so the next candidate takes it at once. */
    void release() {
        Lease lease = leases.get(config.name());
        LeaseSpec current = lease.getSpec();
        if (current == null || !config.identity().equals(current.getHolderIdentity())) {
            return;
        }
        LeaseSpec released = spec(null, Duration.ofSeconds(1), now(), current.getLeaseTransitions() == null ? 0 : current.getLeaseTransitions());
        lease.setSpec(released);
        leases.update(lease);
    }

    private void observe(LeaseSpec spec) {
        if (observed == null || !Objects.equals(observed.getHolderIdentity(), spec.getHolderIdentity())
                || !Objects.equals(observed.getRenewTime(), spec.getRenewTime())
                || !Objects.equals(observed.getLeaseTransitions(), spec.getLeaseTransitions())) {
            observed = spec;
            observedAtNanos = System.nanoTime();
        }
    }

    private static LeaseSpec spec(String holder, Duration leaseDuration, ZonedDateTime acquired, int transitions) {
        LeaseSpec spec = new LeaseSpec();
        spec.setHolderIdentity(holder);
        spec.setLeaseDurationSeconds((int) Math.max(1, leaseDuration.toSeconds()));
        spec.setAcquireTime(acquired);
        spec.setRenewTime(now());
        spec.setLeaseTransitions(transitions);
        return spec;
    }

    /** Kubernetes' MicroTime: UTC, microseconds. */
    private static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
