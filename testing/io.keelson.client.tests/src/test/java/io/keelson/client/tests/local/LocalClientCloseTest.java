package io.keelson.client.tests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.BadRequestException;
import io.keelson.client.api.ListOptions;
import io.keelson.client.local.internal.LocalKubeClient;
import io.keelson.client.tests.ClientCloseContract;
import io.keelson.client.tests.RecordingWatcher;
import io.keelson.client.tests.TestServer;
import org.junit.jupiter.api.Test;

/** Closing the in-process client ends its open watches cleanly, each watcher told once; a refused watch ends through onClose. */
class LocalClientCloseTest extends ClientCloseContract<LocalKubeClient> {

    @Override
    protected LocalKubeClient newClient(TestServer server) {
        return new LocalKubeClient(server.requests());
    }

    @Test
    void aRefusedWatchEndsThroughOnCloseAsOverHttp() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            LocalKubeClient client = newClient(server);
            RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
            client.resources(ConfigMap.class).watch(ListOptions.labels("app in (web"), w);
            await().until(() -> w.closes() == 1);
            assertThat(w.cause()).isInstanceOf(BadRequestException.class);
            assertThat(w.events()).isEmpty();
        }
    }
}
