package io.keelson.store.etcd.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.LeaseNotFoundException;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.contract.RecordingListener;
import io.keelson.store.etcd.internal.EtcdStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where etcd's semantics are finer than the contract states them, pinned down here. */
class EtcdSemanticsTest {

    static EtcdCluster etcd;
    static EtcdStore store;

    @BeforeAll
    static void start() throws Exception {
        etcd = EtcdCluster.start(1);
        store = new EtcdStore(EtcdStore.parseEndpoints(etcd.endpoints()), "/semantics");
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void revokeDeletesAllAttachedKeysAtOneRevision() {
        long lease = store.grantLease(5);
        store.create("/revoke/a", bytes("1"), lease);
        store.create("/revoke/b", bytes("2"), lease);
        long before = store.create("/revoke/c", bytes("3"), KeyValueStore.NO_LEASE).revision();
        RecordingListener l = new RecordingListener();
        try (Watch w = store.watch("/revoke/", before, l)) {
            store.revokeLease(lease);
            assertThat(store.get("/revoke/a")).isEmpty();
            assertThat(store.get("/revoke/b")).isEmpty();
            assertThat(store.get("/revoke/c")).isPresent();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> l.events().size() >= 2);
            List<String> seen = new ArrayList<>();
            for (WatchEvent e : l.events()) {
                assertThat(e.type()).isEqualTo(WatchEvent.Type.DELETE);
                seen.add(e.key() + "=" + new String(e.previous().value(), StandardCharsets.UTF_8));
            }
            assertThat(seen).containsExactlyInAnyOrder("/revoke/a=1", "/revoke/b=2");
            // one transaction: one new revision, right after the last write, shared by both deletions
            assertThat(l.revisions()).containsOnly(before + 1);
            assertThat(store.revision()).isEqualTo(before + 1);
            assertThat(l.violations()).isEmpty();
        }
        assertThatThrownBy(() -> store.keepAlive(lease)).isInstanceOf(LeaseNotFoundException.class);
    }

    @Test
    void progressNotificationsReportTheRevisionAWatchHasSeen() {
        RecordingProgress l = new RecordingProgress();
        long written;
        try (Watch w = store.watch("/quiet/", 0, l)) {
            // writes elsewhere move the revision; the quiet watch learns about it from progress alone
            written = store.create("/elsewhere/x", bytes("1"), KeyValueStore.NO_LEASE).revision();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> l.progress() >= written);
        }
        assertThat(l.events()).isEmpty();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final class RecordingProgress extends RecordingListener {
        private volatile long progress;

        @Override
        public void onProgress(long revision) {
            progress = revision;
        }

        long progress() {
            return progress;
        }
    }
}
