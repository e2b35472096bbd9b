package io.keelson.itest.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.keelson.plugin.api.PluginInfo;
import io.keelson.plugin.api.PluginRegistry;

/**
 * The hot-swap contract (DESIGN.md), end to end in Felix with SCR, Config Admin and fileinstall:
 * a user drops, replaces and deletes jars in the plugins folder and the DYNAMIC + GREEDY consumer
 * follows. The steps build on each other, so they run in order on one framework.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class PluginHotSwapTest {

    static final String SLOT = "io.keelson.test.greeter.api.Greeter";
    static final String API = "io.keelson.test.greeter.api";
    static final String CONSUMER = "io.keelson.test.greeter.consumer";
    static final String LOW = "io.keelson.test.greeter.low";
    static final String HIGH = "io.keelson.test.greeter.high";

    private final BundleContext context = FrameworkUtil.getBundle(PluginHotSwapTest.class).getBundleContext();
    private final ObjectMapper json = new ObjectMapper();
    private PluginsFolder plugins;
    private Path work;
    private Path socket;
    private Configuration hostConfig;
    private LogCapture fileinstallLog;
    private LogCapture auditLog;
    private GreeterClientHandle client;

    @BeforeAll
    void setUp() throws Exception {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
        fileinstallLog = new LogCapture("fileinstall");
        auditLog = new LogCapture("io.keelson.plugin.host.internal.PluginsDirAudit");
        String watched = context.getProperty("felix.fileinstall.dir");
        assertThat(watched).as("framework property felix.fileinstall.dir").isNotBlank();
        plugins = new PluginsFolder(Path.of(watched), context.getBundle());
        try (var leftovers = Files.list(plugins.dir())) {
            assertThat(leftovers).as("watched folder starts empty").isEmpty();
        }

        // the launcher's boot bundle does this from <pid>.cfg; the test talks to Config Admin itself
        work = Files.createTempDirectory("keelson-itest");
        socket = work.resolve("run/keelson.sock");
        hostConfig = service(ConfigurationAdmin.class).getConfiguration("io.keelson.plugin.host", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("controlSocket", socket.toString());
        props.put("pluginsDir", plugins.dir().toString());
        hostConfig.update(props);
        service(PluginRegistry.class);
    }

    @AfterAll
    void tearDown() throws Exception {
        if (hostConfig != null) {
            hostConfig.delete();
            await().untilAsserted(() -> assertThat(socket).as("socket removed on deactivate").doesNotExist());
        }
        if (plugins != null) {
            plugins.clear();
            await().untilAsserted(() -> assertThat(bundle(LOW)).isEmpty());
        }
        if (fileinstallLog != null) {
            fileinstallLog.close();
            auditLog.close();
        }
    }

    @Test
    @Order(1)
    void droppedJarsAreInstalledStartedAndFillTheSlot() throws Exception {
        plugins.drop(API + ".jar");
        plugins.drop(CONSUMER + ".jar");
        plugins.drop(LOW + ".jar");

        for (String bsn : List.of(API, CONSUMER, LOW)) {
            await().untilAsserted(() -> assertThat(bundle(bsn)).map(Bundle::getState).contains(Bundle.ACTIVE));
        }
        client = await().until(() -> GreeterClientHandle.find(context), c -> c != null);
        assertThat(client.call("ada")).isEqualTo("low: Hello, ada!");
        assertThat(client.boundTo()).isEqualTo(LOW);

        PluginInfo low = plugin(LOW).orElseThrow();
        assertThat(low.kind()).isEqualTo("other");
        assertThat(low.version()).isEqualTo("1.0.0");
        assertThat(low.state()).isEqualTo("ACTIVE");
        assertThat(low.slot()).isEqualTo(SLOT);
        assertThat(low.active()).isTrue();
        assertThat(low.location()).endsWith("/" + LOW + ".jar");
        assertThat(registry().plugins()).as("only bundles with Keelson-Plugin-Kind are plugins")
                .extracting(PluginInfo::symbolicName).containsExactly(LOW);
        assertThat(fileinstallLog.lines()).anySatisfy(l -> assertThat(l).contains("Installing bundle " + LOW));
    }

    @Test
    @Order(2)
    void aHigherRankedProviderTakesOverAtOnce() throws Exception {
        plugins.drop(HIGH + ".jar");

        await().untilAsserted(() -> assertThat(client.boundTo()).isEqualTo(HIGH));
        assertThat(client.call("ada")).isEqualTo("high: Hello, ada!");
        assertThat(plugin(HIGH).orElseThrow().active()).isTrue();
        assertThat(plugin(LOW).orElseThrow()).satisfies(low -> {
            assertThat(low.active()).as("low is installed and running but not active").isFalse();
            assertThat(low.state()).isEqualTo("ACTIVE");
        });
    }

    @Test
    @Order(3)
    void deletingTheActiveJarUninstallsItAndFallsBack() throws Exception {
        long highId = bundle(HIGH).orElseThrow().getBundleId();

        plugins.delete(HIGH + ".jar");

        await().untilAsserted(() -> assertThat(context.getBundle(highId)).as("uninstalled").isNull());
        await().untilAsserted(() -> assertThat(client.boundTo()).isEqualTo(LOW));
        assertThat(client.call("ada")).isEqualTo("low: Hello, ada!");
        assertThat(plugin(HIGH)).isEmpty();
        assertThat(plugin(LOW).orElseThrow().active()).isTrue();
    }

    @Test
    @Order(4)
    void replacingTheOnlyProviderUnderLoadLosesNoCall() throws Exception {
        Bundle before = bundle(LOW).orElseThrow();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ok = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            String name = "caller" + i;
            callers.execute(() -> {
                while (!stop.get()) {
                    try {
                        String answer = client.call(name);
                        if (!answer.equals("low: Hello, " + name + "!")) {
                            failures.add(new AssertionError("unexpected answer " + answer));
                        }
                        ok.incrementAndGet();
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
        }
        try {
            await().until(() -> ok.get() >= 200); // calls are flowing (each takes ~2 ms in low)

            plugins.put(LOW + ".jar", PluginsFolder.withBundleVersion(plugins.original(LOW + ".jar"), "1.0.1"));

            await().untilAsserted(() -> assertThat(plugin(LOW).orElseThrow()).satisfies(p -> {
                assertThat(p.version()).isEqualTo("1.0.1");
                assertThat(p.state()).isEqualTo("ACTIVE");
                assertThat(p.active()).isTrue();
            }));
            // fileinstall refreshes after the update: wait until no old revision is left
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            await().until(() -> wiring.getRemovalPendingBundles().isEmpty());
            long afterSwap = ok.get();
            await().until(() -> ok.get() >= afterSwap + 200); // and still flowing afterwards
        } finally {
            stop.set(true);
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).as("calls that failed while low was replaced").isEmpty();
        Bundle after = bundle(LOW).orElseThrow();
        assertThat(after.getBundleId()).as("updated in place, not reinstalled").isEqualTo(before.getBundleId());
        assertThat(after.getVersion()).hasToString("1.0.1");
        assertThat(client.boundTo()).isEqualTo(LOW);
        assertThat(fileinstallLog.lines()).anySatisfy(l -> assertThat(l).contains("Updating bundle " + LOW));
    }

    @Test
    @Order(5)
    void aCfgBesideTheJarConfiguresTheProvider() throws Exception {
        plugins.put(LOW + ".cfg", "prefix = Howdy\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        await().untilAsserted(() -> assertThat(client.call("ada")).isEqualTo("low: Howdy, ada!"));
    }

    @Test
    @Order(6)
    void aCorruptJarDoesNotBreakTheOthers() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        plugins.put("x.jar", garbage);
        // a jar dropped after it is picked up: the folder keeps working, and x.jar was scanned
        plugins.drop(HIGH + ".jar");

        await().untilAsserted(() -> assertThat(client.boundTo()).isEqualTo(HIGH));
        assertThat(Arrays.stream(context.getBundles()).map(Bundle::getLocation))
                .noneMatch(location -> location.endsWith("x.jar"));
        for (String bsn : List.of(API, CONSUMER, LOW, HIGH)) {
            assertThat(bundle(bsn)).map(Bundle::getState).contains(Bundle.ACTIVE);
        }
        assertThat(registry().plugins()).extracting(PluginInfo::symbolicName).containsExactly(HIGH, LOW);
        // fileinstall finds no handler for a file that isn't a bundle and retries it on every scan
        // without a word; the plugin host tells the user instead
        await().untilAsserted(() -> assertThat(auditLog.lines()).anySatisfy(l -> assertThat(l)
                .startsWith("WARNING " + plugins.dir().resolve("x.jar") + " is not a plugin and is ignored: "
                        + "cannot read it as a jar (")));
        System.out.println("what the user sees about x.jar: fileinstall " + fileinstallLog.lines().stream()
                .filter(l -> l.contains("x.jar")).toList() + ", plugin host " + auditLog.lines());
    }

    @Test
    @Order(7)
    void theControlSocketListsThePlugins() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");

        JsonNode doc = json.readTree(ControlSocketClient.ask(socket, "plugins list"));

        assertThat(doc.get("pluginsDir").asText()).isEqualTo(plugins.dir().toString());
        assertThat(names(doc)).containsExactly("plugins", "pluginsDir");
        List<String> fields = List.of("symbolicName", "name", "version", "kind", "state", "slot", "active",
                "location");
        JsonNode high = doc.get("plugins").get(0);
        JsonNode low = doc.get("plugins").get(1);
        assertThat(names(high)).containsExactlyElementsOf(fields);
        assertThat(high.get("symbolicName").asText()).isEqualTo(HIGH);
        assertThat(high.get("active").asBoolean()).isTrue();
        assertThat(low.get("symbolicName").asText()).isEqualTo(LOW);
        assertThat(low.get("name").asText()).isEqualTo(LOW);
        assertThat(low.get("version").asText()).isEqualTo("1.0.1");
        assertThat(low.get("kind").asText()).isEqualTo("other");
        assertThat(low.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(low.get("slot").asText()).isEqualTo(SLOT);
        assertThat(low.get("active").isBoolean()).isTrue();
        assertThat(low.get("active").asBoolean()).isFalse();
        assertThat(low.get("location").asText()).isEqualTo(bundle(LOW).orElseThrow().getLocation());

        JsonNode error = json.readTree(ControlSocketClient.ask(socket, "plugins remove"));
        assertThat(error.get("error").asText()).isEqualTo("unknown command \"plugins remove\"; known: plugins list");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private Optional<PluginInfo> plugin(String symbolicName) {
        return registry().plugins().stream().filter(p -> p.symbolicName().equals(symbolicName)).findFirst();
    }

    private PluginRegistry registry() {
        return service(PluginRegistry.class);
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> ref = await().until(() -> context.getServiceReference(type), r -> r != null);
        return context.getService(ref);
    }
}
