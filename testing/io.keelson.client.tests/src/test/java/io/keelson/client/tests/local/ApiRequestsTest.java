package io.keelson.client.tests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.api.ApiException;
import io.keelson.apiserver.api.ApiRequests;
import io.keelson.apiserver.api.ApiWatch;
import io.keelson.apiserver.api.ApiWatchListener;
import io.keelson.apiserver.api.Caller;
import io.keelson.apiserver.api.ListParams;
import io.keelson.apiserver.api.ResourceKey;
import io.keelson.apiserver.api.WriteParams;
import io.keelson.client.api.KubeException;
import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.tests.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ApiRequests SPI itself: what the in-process client relies on beyond the KubeClient contract. */
class ApiRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ME = Caller.LOOPBACK;
    private static final ResourceKey CONFIGMAPS = ResourceKey.collection("", "v1", "configmaps", "default");

    @TempDir
    static Path dir;
    static TestServer server;
    static ApiRequests api;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        api = server.requests();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20));
    }

    private static ObjectNode configMap(String name) {
        ObjectNode cm = JSON.createObjectNode();
        cm.putObject("metadata").put("name", name);
        cm.putObject("data").put("v", "1");
        return cm;
    }

    @Test
    void answersCarryKindAndApiVersionAsOverHttp() {
        ObjectNode created = api.create(ME, CONFIGMAPS, configMap("typed"), WriteParams.DEFAULTS);
        assertThat(created.path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(created.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(created.path("metadata").path("resourceVersion").asText()).isNotEmpty();
        assertThat(api.get(ME, CONFIGMAPS.named("typed")).path("kind").asText()).isEqualTo("ConfigMap");
        ObjectNode list = api.list(ME, CONFIGMAPS, ListParams.ALL);
        assertThat(list.path("kind").asText()).isEqualTo("ConfigMapList");
        assertThat(list.path("items").findValuesAsText("name")).contains("typed");
    }

    @Test
    void failuresAreTheStatusHttpAnswers() {
        ApiException local = catchApi(() -> api.get(ME, CONFIGMAPS.named("missing")));
        KubeException http;
        try (HttpKubeClient client = new HttpKubeClient(server.kubeconfig())) {
            http = catchKube(() -> client.resources(io.fabric8.kubernetes.api.model.ConfigMap.class).inNamespace("default").get("missing"));
        }
        assertThat(local.code()).isEqualTo(404).isEqualTo(http.code());
        assertThat(local.status().path("reason").asText()).isEqualTo(http.reason());
        assertThat(local.status().path("message").asText()).isEqualTo(http.status().getMessage());
        assertThat(catchApi(() -> api.get(null, CONFIGMAPS.named("missing"))).code()).isEqualTo(401);
        assertThat(catchApi(() -> api.create(ME, CONFIGMAPS, configMap("Not_A_Name"), WriteParams.DEFAULTS)).code()).isEqualTo(422);
        assertThat(catchApi(() -> api.create(ME, CONFIGMAPS, configMap("x"), new WriteParams(false, null, "Sometimes", false))).code())
                .isEqualTo(422);
    }

    @Test
    void dryRunStoresNothing() {
        api.create(ME, CONFIGMAPS, configMap("dry"), new WriteParams(true, null, null, false));
        assertThat(catchApi(() -> api.get(ME, CONFIGMAPS.named("dry"))).code()).isEqualTo(404);
    }

    @Test
    void watchRequestErrorsAreThrownFromWatch() {
        Recorder r = new Recorder();
        assertThat(catchApi(() -> api.watch(ME, CONFIGMAPS, params("app in (web", null, 0), r)).code()).isEqualTo(400);
        assertThat(catchApi(() -> api.watch(ME, CONFIGMAPS, params(null, "abc", 0), r)).code()).isEqualTo(400);
        assertThat(catchApi(() -> api.watch(ME, ResourceKey.collection("", "v1", "nothings", null), ListParams.ALL, r)).code())
                .isEqualTo(404);
        assertThat(r.closes.get()).isZero();
    }

    @Test
    void watchDeliversOnAServerThreadAndCloseEndsItOnce() {
        Recorder r = new Recorder();
        String rv = api.list(ME, CONFIGMAPS, ListParams.ALL).path("metadata").path("resourceVersion").asText();
        ApiWatch watch = api.watch(ME, CONFIGMAPS, params(null, rv, 0), r);
        api.create(ME, CONFIGMAPS, configMap("watched"), WriteParams.DEFAULTS);
        await().until(() -> r.events.contains("ADDED watched"));
        assertThat(r.threads).doesNotContain(Thread.currentThread().getName());
        ObjectNode event = r.objects.get(0);
        assertThat(event.path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(event.path("apiVersion").asText()).isEqualTo("v1");

        watch.close();
        int seen = r.events.size();
        watch.close();
        api.create(ME, CONFIGMAPS, configMap("after-close"), WriteParams.DEFAULTS);
        await().until(() -> r.closes.get() == 1);
        assertThat(r.error).isNull();
        assertThat(r.events).hasSize(seen);
        assertThat(r.afterClose).isEmpty();
    }

    @Test
    void aTimedOutWatchClosesOnceWithoutError() {
        Recorder r = new Recorder();
        api.watch(ME, CONFIGMAPS, params(null, null, 1), r);
        await().until(() -> r.closes.get() == 1);
        assertThat(r.error).isNull();
        assertThat(r.afterClose).isEmpty();
    }

    @Test
    void aStartTooOldIsAnErrorEventWith410() {
        api.create(ME, CONFIGMAPS, configMap("old"), WriteParams.DEFAULTS);
        server.compact();
        Recorder r = new Recorder();
        api.watch(ME, CONFIGMAPS, params(null, "1", 0), r);
        await().until(() -> r.closes.get() == 1);
        assertThat(r.events).containsExactly("ERROR 410");
    }

    private static ListParams params(String labels, String resourceVersion, long timeoutSeconds) {
        return new ListParams(labels, null, 0, null, resourceVersion, null, timeoutSeconds, false, null);
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }

    private static KubeException catchKube(Runnable call) {
        try {
            call.run();
        } catch (KubeException e) {
            return e;
        }
        throw new AssertionError("no KubeException");
    }

    /** Keeps events as "TYPE name" (ERROR as "ERROR code"), the threads they came on, and anything after onClose. */
    private static final class Recorder implements ApiWatchListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<ObjectNode> objects = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final List<String> afterClose = new CopyOnWriteArrayList<>();
        final AtomicInteger closes = new AtomicInteger();
        volatile ApiException error;

        @Override
        public void onEvent(String type, ObjectNode object) {
            if (closes.get() > 0) {
                afterClose.add(type);
            }
            if (!type.equals("BOOKMARK")) {
                events.add(type + " " + (type.equals("ERROR") ? object.path("code").asText() : object.path("metadata").path("name").asText()));
                objects.add(object);
            }
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void onClose(ApiException e) {
            error = e;
            closes.incrementAndGet();
        }
    }
}
