package io.keelson.client.tests.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.client.tests.TestServer;
import java.lang.reflect.Method;
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
 * The client bundles in a real Felix (SCR + Config Admin): they resolve against the model, Jackson,
 * SnakeYAML and BouncyCastle bundles; configuring PID io.keelson.client.http publishes a KubeClient
 * that reaches a running API server; the tools publish their three services. The test calls the
 * services by reflection, as their classes live in the framework, not on its class path.
 */
class OsgiSmokeTest {

    private static final List<String> BUNDLES = List.of("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
            "org.apache.felix.scr", "org.apache.felix.configadmin", "jackson-annotations", "jackson-core", "jackson-databind",
            "jackson-datatype-jsr310", "snakeyaml", "jackson-dataformat-yaml", "bcprov-jdk18on", "bcutil-jdk18on", "bcpkix-jdk18on",
            "io.keelson.model", "io.keelson.client.api", "io.keelson.client.tools", "io.keelson.client.http");

    @TempDir
    Path dir;

    @Test
    void bundlesResolveAndTheConfiguredClientReachesTheServer() throws Exception {
        Path bundles = Path.of(System.getProperty("osgi.bundles", "target/osgi-bundles"));
        try (TestServer server = new TestServer(dir)) {
            Framework felix = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(
                    Map.of("org.osgi.framework.storage", dir.resolve("felix").toString(), "org.osgi.framework.storage.clean", "onFirstInit"));
            felix.start();
            try {
                BundleContext ctx = felix.getBundleContext();
                List<Bundle> installed = new ArrayList<>();
                for (String name : BUNDLES) {
                    installed.add(ctx.installBundle(bundles.resolve(name + ".jar").toUri().toString()));
                }
                for (Bundle b : installed) {
                    b.start();
                }
                for (Bundle b : installed) {
                    assertThat(b.getState()).as(b.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
                }
                for (String service : List.of("InformerFactory", "WorkQueues", "LeaderElectors")) {
                    String pkg = service.equals("InformerFactory") ? "cache" : service.equals("WorkQueues") ? "workqueue" : "leader";
                    assertThat(ctx.getAllServiceReferences("io.keelson.client.api." + pkg + "." + service, null)).as(service).hasSize(1);
                }

                configure(ctx, server.kubeconfig());
                String kubeClient = "io.keelson.client.api.KubeClient";
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ctx.getAllServiceReferences(kubeClient, null) != null);
                ServiceReference<?> ref = ctx.getAllServiceReferences(kubeClient, "(transport=http)")[0];
                Object client = ctx.getService(ref);
                Bundle model = installed.get(BUNDLES.indexOf("io.keelson.model"));
                Class<?> namespaceType = model.loadClass("io.fabric8.kubernetes.api.model.Namespace");
                Object namespaces = call(client, "resources", Class.class, namespaceType);
                Object namespace = call(namespaces, "get", String.class, "kube-system");
                Object metadata = namespace.getClass().getMethod("getMetadata").invoke(namespace);
                assertThat(metadata.getClass().getMethod("getName").invoke(metadata)).isEqualTo("kube-system");
                ctx.ungetService(ref);

                installed.get(BUNDLES.indexOf("io.keelson.client.http")).stop();
                assertThat(ctx.getAllServiceReferences(kubeClient, null)).isNull();
            } finally {
                felix.stop();
                felix.waitForStop(30_000);
            }
        }
    }

    /** Calls a method the object's service interface declares (public, unlike the implementation class). */
    private static Object call(Object target, String method, Class<?> parameter, Object argument) throws Exception {
        for (Class<?> type : target.getClass().getInterfaces()) {
            try {
                Method m = type.getMethod(method, parameter);
                return m.invoke(target, argument);
            } catch (NoSuchMethodException e) {
                // try the next interface
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static void configure(BundleContext ctx, Path kubeconfig) throws Exception {
        // Config Admin's API lives in its bundle, not on our class path: call it through that bundle's loader
        String cm = "org.osgi.service.cm.ConfigurationAdmin";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ctx.getAllServiceReferences(cm, null) != null);
        ServiceReference<?> ref = ctx.getAllServiceReferences(cm, null)[0];
        Object admin = ctx.getService(ref);
        Class<?> adminType = ref.getBundle().loadClass(cm);
        Class<?> configType = ref.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Object config = adminType.getMethod("getConfiguration", String.class, String.class).invoke(admin, "io.keelson.client.http", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("kubeconfig", kubeconfig.toString());
        configType.getMethod("update", Dictionary.class).invoke(config, props);
    }
}
