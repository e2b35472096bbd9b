package io.keelson.client.tests.http;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real API server on SQLite in a temp dir, on a free port, for the tests of this module. */
final class TestServer implements AutoCloseable {

    final SqliteStore store;
    final ApiServer server;

    TestServer(Path dir) throws Exception {
        store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, -1).withBookmarkInterval(Duration.ofMillis(500)));
        try {
            server.start();
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    Path kubeconfig() {
        return server.kubeconfig();
    }

    /** Discards history up to now: older resourceVersions are 410 Gone. */
    void compact() {
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
