package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ListOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a client ends its open watches cleanly, each watcher told once; a subclass says how to make its transport's client. */
public abstract class ClientCloseContract<C extends KubeClient & AutoCloseable> {

    @TempDir
    protected Path dir;

    /** A new client under test, talking to {@code server}. */
    protected abstract C newClient(TestServer server) throws Exception;

    @Test
    void closingTheClientEndsItsWatches() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            C client = newClient(server);
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
}
