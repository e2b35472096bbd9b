package io.keelson.client.tests;

import io.keelson.client.api.KubeClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.api.workqueue.WorkQueues;
import io.keelson.client.tools.internal.ClientTools;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KubeClient contract against a {@link TestServer} started for the test class; a subclass says only
 * how to make its transport's client for that server. One instance per class, so the server and client
 * (made in a non-static {@code @BeforeAll} that can call {@link #newClient}) serve every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TestServerContract<C extends KubeClient & AutoCloseable> extends KubeClientContract {

    private static final ClientTools TOOLS = new ClientTools();

    private TestServer server;
    private C client;

    /** The client under test, talking to {@code server}. */
    protected abstract C newClient(TestServer server) throws Exception;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = new TestServer(dir);
        client = newClient(server);
    }

    @AfterAll
    void stop() throws Exception {
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
