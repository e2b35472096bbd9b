package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.etcd.internal.EtcdStore;
import java.nio.file.Path;

/**
 * A single local etcd ({@code /usr/bin/etcd}, started in a temp dir on free loopback ports) behind the
 * etcd store. The launcher is {@code io.keelson.store.etcd.tests.EtcdCluster}, shared with the etcd
 * tests; it is reached by name so this module builds without depending on that one. To run this
 * target, add the dependency {@code io.keelson:io.keelson.store.etcd.tests} to this module's pom and
 * {@code TARGETS.put("etcd", EtcdTarget::new);} to {@link StoreBenchmark}.
 */
final class EtcdTarget implements StoreTarget {

    private static final String LAUNCHER = "io.keelson.store.etcd.tests.EtcdCluster";

    private AutoCloseable cluster;
    private EtcdStore store;

    @Override
    public String name() {
        return "etcd";
    }

    @Override
    public KeyValueStore open(Path tmp) throws Exception {
        Class<?> launcher;
        try {
            launcher = Class.forName(LAUNCHER);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the etcd target needs " + LAUNCHER
                    + ": add io.keelson:io.keelson.store.etcd.tests to io.keelson.benchmarks' dependencies", e);
        }
        cluster = (AutoCloseable) launcher.getMethod("start", int.class).invoke(null, 1);
        String endpoints = (String) launcher.getMethod("endpoints").invoke(cluster);
        store = new EtcdStore(EtcdStore.parseEndpoints(endpoints), "/bench");
        return store;
    }

    @Override
    public void close() throws Exception {
        if (store != null) {
            store.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }
}
