package io.keelson.store.etcd.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The etcd bundle in a real Felix (SCR + Config Admin): it resolves with nothing but the store API and
 * the JRE, gRPC finds its providers from the embedded jars, configuring the PID publishes a working
 * KeyValueStore, and stopping the bundle stops every thread the client started.
 */
class OsgiSmokeTest {

    @TempDir
    Path storage;

    @Test
    void bundleResolvesPublishesAWorkingStoreAndStopsItsThreads() throws Exception {
        Path bundles = Path.of(System.getProperty("osgi.bundles", "target/osgi-bundles"));
        try (EtcdCluster etcd = EtcdCluster.start(1)) {
            Framework felix = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                    .newFramework(Map.of("org.osgi.framework.storage", storage.toString(),
                            "org.osgi.framework.storage.clean", "onFirstInit",
                            // the API comes from the test's class path, so the test can call the service
                            "org.osgi.framework.system.packages.extra", "io.keelson.store.api;version=1.1.0"));
            felix.start();
            try {
                BundleContext ctx = felix.getBundleContext();
                List<Bundle> installed = new ArrayList<>();
                for (String name : List.of("org.osgi.util.function", "org.osgi.util.promise",
                        "org.osgi.service.component", "org.apache.felix.scr", "org.apache.felix.configadmin",
                        "io.keelson.store.etcd")) {
                    installed.add(ctx.installBundle(bundles.resolve(name + ".jar").toUri().toString()));
                }
                for (Bundle b : installed) {
                    b.start();
                }
                for (Bundle b : installed) {
                    assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
                }
                Bundle etcdBundle = installed.get(installed.size() - 1);
                assertThat(etcdBundle.getState()).isEqualTo(Bundle.ACTIVE);

                configure(ctx, etcd.endpoints());
                Awaitility.await().atMost(Duration.ofSeconds(30))
                        .until(() -> ctx.getServiceReference(KeyValueStore.class) != null);
                ServiceReference<KeyValueStore> ref = ctx.getServiceReference(KeyValueStore.class);
                KeyValueStore store = ctx.getService(ref);
                assertThat(store.backend()).isEqualTo("etcd");
                long rev = store.create("/osgi/hello", "world".getBytes(StandardCharsets.UTF_8), 0).revision();
                assertThat(store.get("/osgi/hello").orElseThrow().modRevision()).isEqualTo(rev);
                ctx.ungetService(ref);

                etcdBundle.stop();
                // deactivate waited for the client's threads: none of the bundle's threads are left
                assertThat(clientThreads()).isEmpty();
            } finally {
                felix.stop();
                felix.waitForStop(30_000);
            }
        }
        assertThat(Files.exists(storage)).isTrue();
    }

    private static void configure(BundleContext ctx, String endpoints) throws Exception {
        // Config Admin's API lives in its bundle, not on our class path: call it through that bundle's loader
        // getAll...: our class path has another copy of the cm API, so the class-space check would hide it
        String cm = "org.osgi.service.cm.ConfigurationAdmin";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ctx.getAllServiceReferences(cm, null) != null);
        ServiceReference<?> ref = ctx.getAllServiceReferences(cm, null)[0];
        Object admin = ctx.getService(ref);
        Class<?> adminType = ref.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Class<?> configType = ref.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Object config = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, "io.keelson.store.etcd", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("endpoints", endpoints);
        props.put("keyPrefix", "/osgi-smoke");
        configType.getMethod("update", Dictionary.class).invoke(config, props);
    }

    /** Threads of the etcd client: our executors, Vert.x (whose Netty event loops carry gRPC), jetcd's, Netty's. */
    private static List<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("keelson-etcd") || n.startsWith("vert.x-") || n.startsWith("vertx-")
                        || n.startsWith("jetcd-") || n.startsWith("globalEventExecutor") || n.startsWith("grpc-"))
                .toList();
    }
}
