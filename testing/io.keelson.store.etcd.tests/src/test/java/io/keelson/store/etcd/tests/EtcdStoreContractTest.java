package io.keelson.store.etcd.tests;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.contract.KeyValueStoreContract;
import io.keelson.store.etcd.internal.EtcdStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole store contract against a single real etcd member. */
class EtcdStoreContractTest extends KeyValueStoreContract {

    static EtcdCluster etcd;
    static EtcdStore store;

    @BeforeAll
    static void start() throws Exception {
        etcd = EtcdCluster.start(1);
        // a key prefix, so the contract also proves that callers never see it
        store = new EtcdStore(EtcdStore.parseEndpoints(etcd.endpoints()), "/keelson-contract");
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

    @Override
    protected KeyValueStore store() {
        return store;
    }
}
