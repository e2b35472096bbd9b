package io.keelson.client.tests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.keelson.client.api.BadRequestException;
import io.keelson.client.api.ListOptions;
import io.keelson.client.local.internal.LocalKubeClient;
import io.keelson.client.tests.RecordingWatcher;
import io.keelson.client.tests.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the in-process client ends its open watches cleanly, each watcher told once; a refused watch ends through onClose. */
class LocalClientCloseTest {

    @TempDir
    Path dir;

    @Test
    void closingTheClientEndsItsWatches() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            LocalKubeClient client = new LocalKubeClient(server.requests());
            RecordingWatcher<ConfigMap> a = new RecordingWatcher<>();
            RecordingWatcher<ConfigMap> b = new RecordingWatcher<>();
            client.resources(ConfigMap.class).watch(ListOptions.ALL, a);
            client.resources(ConfigMap.class).inNamespace("default").watch(ListOptions.ALL, b);
            client.resources(ConfigMap.class).inNamespace("default")
                    .create(new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().build());
            await().until(() -> !a.events().isEmpty() && !b.events().isEmpty());
            client.close();
            assertThat(a.closes()).isEqualTo(1);
            assertThat(b.closes()).isEqualTo(1);
            assertThat(a.cause()).isNull();
            assertThat(b.cause()).isNull();
            assertThat(a.violations()).isEmpty();
        }
    }

    @Test
    void aRefusedWatchEndsThroughOnCloseAsOverHttp() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            LocalKubeClient client = new LocalKubeClient(server.requests());
            RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
            client.resources(ConfigMap.class).watch(ListOptions.labels("app in (web"), w);
            await().until(() -> w.closes() == 1);
            assertThat(w.cause()).isInstanceOf(BadRequestException.class);
            assertThat(w.events()).isEmpty();
        }
    }
}
