package io.keelson.client.tests.local;

import io.keelson.client.api.KubeClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.api.workqueue.WorkQueues;
import io.keelson.client.local.internal.LocalKubeClient;
import io.keelson.client.tests.KubeClientContract;
import io.keelson.client.tests.TestServer;
import io.keelson.client.tools.internal.ClientTools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The KubeClient contract against the in-process client over a real API server on SQLite: the same suite as over HTTP. */
class LocalKubeClientContractTest extends KubeClientContract {

    @TempDir
    static Path dir;
    static TestServer server;
    static LocalKubeClient client;
    static final ClientTools TOOLS = new ClientTools();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        client = new LocalKubeClient(server.requests());
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected KubeClient client() {
        return client;
    }

    @Override
    protected void compactHistory() {
        server.compact();
    }

    @Override
    protected InformerFactory informers() {
        return TOOLS;
    }

    @Override
    protected LeaderElectors leaderElectors() {
        return TOOLS;
    }

    @Override
    protected WorkQueues workQueues() {
        return TOOLS;
    }
}
