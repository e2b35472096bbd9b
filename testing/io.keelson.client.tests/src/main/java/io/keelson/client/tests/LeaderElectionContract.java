package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.leader.LeaderCallbacks;
import io.keelson.client.api.leader.LeaderElectionConfig;
import io.keelson.client.api.leader.LeaderElector;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Leader election on a Lease: one of two candidates leads; stopping it hands over; a leader that loses the lease stops. */
public abstract class LeaderElectionContract extends InformerContract {

    /** Records a candidate's callbacks as "start", "stop", "leader=x". */
    protected static final class Recorder implements LeaderCallbacks {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void onStartedLeading() {
            calls.add("start");
        }

        @Override
        public void onStoppedLeading() {
            calls.add("stop");
        }

        @Override
        public void onNewLeader(String identity) {
            calls.add("leader=" + identity);
        }
    }

    protected LeaderElector candidate(String identity, Recorder recorder) {
        LeaderElectionConfig config = LeaderElectionConfig.of(ns, "the-lock", identity)
                .withTimings(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(100));
        return closeLater(leaderElectors().create(client(), config, recorder));
    }

    private ResourceClient<Lease> leases() {
        return client().resources(Lease.class).inNamespace(ns);
    }

    @Test
    void oneOfTwoCandidatesLeadsAndStoppingItHandsOver() throws Exception {
        Recorder ra = new Recorder();
        Recorder rb = new Recorder();
        LeaderElector a = candidate("a", ra);
        LeaderElector b = candidate("b", rb);
        // watches both all along: two leaders at once is the one thing election must prevent
        AtomicBoolean bothLed = new AtomicBoolean();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread monitor = new Thread(() -> {
            while (watching.get()) {
                if (a.isLeader() && b.isLeader()) {
                    bothLed.set(true);
                }
                Thread.onSpinWait();
            }
        });
        monitor.start();
        try {
            a.start();
            b.start();
            await().until(() -> a.isLeader() || b.isLeader());
            LeaderElector leader = a.isLeader() ? a : b;
            LeaderElector other = leader == a ? b : a;
            Recorder leaderCalls = leader == a ? ra : rb;
            Recorder otherCalls = leader == a ? rb : ra;
            String leaderId = leader == a ? "a" : "b";
            String otherId = leader == a ? "b" : "a";
            await().until(() -> leaderId.equals(other.observedLeader()));
            Lease lease = leases().get("the-lock");
            assertThat(lease.getSpec().getHolderIdentity()).isEqualTo(leaderId);
            assertThat(lease.getSpec().getLeaseDurationSeconds()).isEqualTo(3);
            assertThat(lease.getSpec().getRenewTime()).isNotNull();
            assertThat(lease.getSpec().getAcquireTime()).isNotNull();
            int transitions = lease.getSpec().getLeaseTransitions();
            await().until(() -> leaderCalls.calls.contains("start"));
            assertThat(otherCalls.calls).doesNotContain("start");

            leader.close();
            assertThat(leader.isLeader()).isFalse();
            await().until(other::isLeader);
            await().until(() -> otherCalls.calls.contains("start") && leaderCalls.calls.contains("stop"));
            Lease after = leases().get("the-lock");
            assertThat(after.getSpec().getHolderIdentity()).isEqualTo(otherId);
            assertThat(after.getSpec().getLeaseTransitions()).isEqualTo(transitions + 1);
            assertThat(leaderCalls.calls).containsSubsequence("leader=" + leaderId, "start", "stop");
        } finally {
            watching.set(false);
            monitor.join();
        }
        assertThat(bothLed).isFalse();
    }

    @Test
    void aLeaderThatSeesAnotherHolderInTheLeaseStopsLeading() {
        Recorder ra = new Recorder();
        LeaderElector a = candidate("a", ra);
        a.start();
        await().until(a::isLeader);
        Lease lease = leases().get("the-lock");
        lease.getSpec().setHolderIdentity("intruder");
        lease.getSpec().setLeaseDurationSeconds(3600);
        lease.getSpec().setRenewTime(ZonedDateTime.now(ZoneOffset.UTC));
        leases().update(lease);
        await().until(() -> !a.isLeader() && ra.calls.contains("stop"));
        await().until(() -> "intruder".equals(a.observedLeader()));
        assertThat(leases().get("the-lock").getSpec().getHolderIdentity()).isEqualTo("intruder");
    }

    @Test
    void aLeaseWhoseHolderStoppedRenewingIsTakenAfterItsDuration() {
        Lease stale = new io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder().withNewMetadata().withName("the-lock")
                .withNamespace(ns).endMetadata().withNewSpec().withHolderIdentity("gone").withLeaseDurationSeconds(1)
                .withRenewTime(ZonedDateTime.now(ZoneOffset.UTC)).withLeaseTransitions(4).endSpec().build();
        leases().create(stale);
        Recorder rb = new Recorder();
        LeaderElector b = candidate("b", rb);
        b.start();
        await().until(b::isLeader);
        Lease taken = leases().get("the-lock");
        assertThat(taken.getSpec().getHolderIdentity()).isEqualTo("b");
        assertThat(taken.getSpec().getLeaseTransitions()).isEqualTo(5);
        assertThat(rb.calls).containsSubsequence("leader=gone", "leader=b");
    }
}
