package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.LeaseNotFoundException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import org.junit.jupiter.api.Test;

/** Leases: expiry deletes attached keys (as DELETE events), keep-alive renews, revoke deletes now. */
public abstract class LeaseContract extends WatchContract {

    @Test
    void keysAttachToALease() {
        long lease = grant();
        assertThat(lease).isNotEqualTo(KeyValueStore.NO_LEASE);
        store().create(key("a"), bytes("1"), lease);
        assertThat(store().get(key("a")).orElseThrow().lease()).isEqualTo(lease);
    }

    @Test
    void keyVanishesAfterTheTtlWithADeleteEvent() {
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, 0, l)) {
            long lease = grant();
            store().create(key("ephemeral"), bytes("1"), lease);
            put("durable", "2");
            await().until(() -> store().get(key("ephemeral")).isEmpty());
            await().until(() -> l.events().size() >= 3);
            WatchEvent last = l.events().get(2);
            assertThat(last.type()).isEqualTo(WatchEvent.Type.DELETE);
            assertThat(last.key()).isEqualTo(key("ephemeral"));
            assertThat(str(last.previous().value())).isEqualTo("1");
            assertThat(store().get(key("durable"))).isPresent();
            assertThatThrownBy(() -> store().keepAlive(lease)).isInstanceOf(LeaseNotFoundException.class)
                    .satisfies(e -> assertThat(((LeaseNotFoundException) e).lease()).isEqualTo(lease));
        }
    }

    @Test
    void keepAliveExtendsTheLease() throws InterruptedException {
        long lease = grant();
        store().create(key("a"), bytes("1"), lease);
        // renew well within the TTL for one and a half TTLs: the key must outlive its first term
        long renewals = leaseTtlSeconds() * 1000 * 3 / 2 / 200 + 1;
        for (int i = 0; i < renewals; i++) {
            store().keepAlive(lease);
            assertThat(store().get(key("a"))).as("after %d renewals", i).isPresent();
            Thread.sleep(200);
        }
        store().keepAlive(lease);
        assertThat(store().get(key("a"))).isPresent();
        // then left alone it goes
        await().until(() -> store().get(key("a")).isEmpty());
    }

    @Test
    void updateCanMoveAKeyToALeaseAndOffIt() {
        long lease = grant();
        long r = put("a", "1").revision();
        long r2 = store().update(key("a"), bytes("2"), r, lease).revision();
        assertThat(store().get(key("a")).orElseThrow().lease()).isEqualTo(lease);
        store().update(key("a"), bytes("3"), r2, KeyValueStore.NO_LEASE);
        store().revokeLease(lease);
        assertThat(str(store().get(key("a")).orElseThrow().value())).isEqualTo("3");
    }

    @Test
    void revokeDeletesAttachedKeysNow() {
        long lease = grant();
        store().create(key("a"), bytes("1"), lease);
        store().create(key("b"), bytes("2"), lease);
        put("c", "3");
        RecordingListener l = new RecordingListener();
        long before = store().revision();
        try (Watch w = store().watch(prefix, before, l)) {
            store().revokeLease(lease);
            long after = store().revision();
            assertThat(store().get(key("a"))).isEmpty();
            assertThat(store().get(key("b"))).isEmpty();
            assertThat(store().get(key("c"))).isPresent();
            await().until(() -> l.events().size() >= 2);
            assertThat(describe(l.events())).containsExactlyInAnyOrder("DELETE a", "DELETE b");
            // a revoke may delete all its keys in one revision (etcd: one transaction) or one revision
            // each (the embedded store): either way in order, after the watch start, none past the revoke
            assertNonDecreasing(l.revisions());
            assertThat(l.revisions()).allSatisfy(r -> assertThat(r).isGreaterThan(before).isLessThanOrEqualTo(after));
        }
        assertThatThrownBy(() -> store().keepAlive(lease)).isInstanceOf(LeaseNotFoundException.class);
    }

    @Test
    void revokingAnUnknownLeaseIsIgnored() {
        long lease = grant();
        store().revokeLease(lease);
        store().revokeLease(lease);
    }

    @Test
    void keepAliveOfAnUnknownLeaseIsNotFound() {
        long lease = grant();
        store().revokeLease(lease);
        assertThatThrownBy(() -> store().keepAlive(lease)).isInstanceOf(LeaseNotFoundException.class);
    }
}
