package io.keelson.store.etcd.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.StoreUnavailableException;
import io.keelson.store.etcd.internal.EtcdStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing listens at the endpoint: calls fail soon with a message that says where and what to do. */
class UnreachableEtcdTest {

    @Test
    void callsFailWithStoreUnavailableNamingTheEndpoint() throws Exception {
        String endpoint = "http://127.0.0.1:" + EtcdMember.freePort();
        try (EtcdStore store = new EtcdStore(List.of(endpoint), "")) {
            assertThatThrownBy(store::revision).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(endpoint).hasMessageContaining("--etcd-endpoints");
            assertThatThrownBy(() -> store.create("/a", new byte[] {1}, KeyValueStore.NO_LEASE))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining(endpoint);
            assertThatThrownBy(() -> store.grantLease(5)).isInstanceOf(StoreUnavailableException.class);
        }
    }
}
