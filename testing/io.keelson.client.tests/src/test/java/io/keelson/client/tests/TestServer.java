package io.keelson.client.tests;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real API server on SQLite in a temp dir, on a free port, for the tests of this module (both transports). */
public final class TestServer implements AutoCloseable {

    final SqliteStore store;
    final ApiServer server;

    public TestServer(Path dir) throws Exception {
        store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, -1).withBookmarkInterval(Duration.ofMillis(500)));
        try {
            server.start();
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    public Path kubeconfig() {
        return server.kubeconfig();
    }

    /** The server's REST verbs in-process, for the local client. */
    public io.keelson.apiserver.api.ApiRequests requests() {
        return server.requests();
    }

    /** Discards history up to now: older resourceVersions are 410 Gone. */
    public void compact() {
        store.compact(store.revision());
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
