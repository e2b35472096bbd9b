package io.keelson.client.tests.http;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.tests.KubeClientContract;
import io.keelson.client.tools.internal.ClientTools;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The KubeClient contract against the HTTP client and a real API server on SQLite, both in this JVM. */
class HttpKubeClientContractTest extends KubeClientContract {

    @TempDir
    static Path dir;
    static SqliteStore store;
    static ApiServer server;
    static HttpKubeClient client;
    static final ClientTools TOOLS = new ClientTools();

    @BeforeAll
    static void start() throws Exception {
        // STOPGAP until the API server registers it itself (reported to its owner): without it the server
        // answers 400 to every object with a MicroTime/Time field decoded as ZonedDateTime (Lease renewTime, ...)
        io.keelson.apiserver.internal.Json.MAPPER.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, -1).withBookmarkInterval(Duration.ofMillis(500)));
        server.start();
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
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected KubeClient client() {
        return client;
    }

    @Override
    protected void compactHistory() {
        store.compact(store.revision());
    }

    @Override
    protected InformerFactory informers() {
        return TOOLS;
    }

    @Override
    protected LeaderElectors leaderElectors() {
        return TOOLS;
    }
}
