package io.keelson.store.etcd.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.Watch;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.contract.RecordingListener;
import io.keelson.store.etcd.internal.EtcdStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two Keelson clusters on one etcd, told apart only by keyPrefix, never see each other's keys. */
class PrefixIsolationTest {

    static EtcdCluster etcd;
    static EtcdStore blue;
    static EtcdStore green;
    static EtcdStore raw;

    @BeforeAll
    static void start() throws Exception {
        etcd = EtcdCluster.start(1);
        blue = new EtcdStore(EtcdStore.parseEndpoints(etcd.endpoints()), "/blue");
        green = new EtcdStore(EtcdStore.parseEndpoints(etcd.endpoints()), "/green");
        raw = new EtcdStore(EtcdStore.parseEndpoints(etcd.endpoints()), "");
    }

    @AfterAll
    static void stop() {
        for (EtcdStore s : new EtcdStore[] {blue, green, raw}) {
            if (s != null) {
                s.close();
            }
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void sameKeysLiveApartAndCallersNeverSeeThePrefix() {
        RecordingListener greenWatch = new RecordingListener();
        try (Watch w = green.watch("/registry/", 0, greenWatch)) {
            blue.create("/registry/pods/a", bytes("blue"), KeyValueStore.NO_LEASE);
            blue.create("/registry/pods/b", bytes("blue"), KeyValueStore.NO_LEASE);
            // the same key in the other cluster is a different key: no KeyExists
            long g = green.create("/registry/pods/a", bytes("green"), KeyValueStore.NO_LEASE).revision();
            assertThatThrownBy(() -> blue.create("/registry/pods/a", bytes("x"), 0))
                    .isInstanceOf(KeyExistsException.class);

            assertThat(blue.range(RangeRequest.prefix("/registry/")).kvs())
                    .extracting(kv -> kv.key() + "=" + str(kv.value()))
                    .containsExactly("/registry/pods/a=blue", "/registry/pods/b=blue");
            assertThat(green.range(RangeRequest.prefix("")).kvs())
                    .extracting(kv -> kv.key() + "=" + str(kv.value()))
                    .containsExactly("/registry/pods/a=green");
            assertThat(green.get("/registry/pods/b")).isEmpty();

            // green's watch saw its own write only, with its own key
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !greenWatch.events().isEmpty());
            WatchEvent e = greenWatch.events().get(0);
            assertThat(e.key()).isEqualTo("/registry/pods/a");
            assertThat(e.revision()).isEqualTo(g);
            green.delete("/registry/pods/a", 0);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> greenWatch.events().size() == 2);
            assertThat(greenWatch.events()).extracting(WatchEvent::key).containsOnly("/registry/pods/a");
        }
        // and in etcd itself the keys carry the prefixes
        assertThat(raw.range(RangeRequest.prefix("/blue/")).kvs()).extracting(kv -> kv.key())
                .containsExactly("/blue/registry/pods/a", "/blue/registry/pods/b");
        assertThat(raw.get("/blue/registry/pods/a")).isPresent();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
