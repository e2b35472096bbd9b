package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.etcd.internal.EtcdStore;
import io.keelson.store.etcd.tests.EtcdCluster;
import java.nio.file.Path;

/**
 * A single local etcd ({@code /usr/bin/etcd}, started in a temp dir on free loopback ports by the
 * launcher the etcd tests use) behind the etcd store.
 */
final class EtcdTarget implements StoreTarget {

    private EtcdCluster cluster;
    private EtcdStore store;

    @Override
    public String name() {
        return "etcd";
    }

    @Override
    public KeyValueStore open(Path tmp) throws Exception {
        cluster = EtcdCluster.start(1);
        store = new EtcdStore(EtcdStore.parseEndpoints(cluster.endpoints()), "/bench");
        return store;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }
}
