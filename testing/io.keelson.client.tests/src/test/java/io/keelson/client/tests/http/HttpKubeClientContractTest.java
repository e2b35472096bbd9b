package io.keelson.client.tests.http;

import io.keelson.client.api.KubeClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.api.workqueue.WorkQueues;
import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.tests.KubeClientContract;
import io.keelson.client.tests.TestServer;
import io.keelson.client.tools.internal.ClientTools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The KubeClient contract against the HTTP client and a real API server on SQLite, both in this JVM. */
class HttpKubeClientContractTest extends KubeClientContract {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpKubeClient client;
    static final ClientTools TOOLS = new ClientTools();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        client = new HttpKubeClient(server.kubeconfig());
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
