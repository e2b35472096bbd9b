package io.keelson.client.tests.http;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real API server on SQLite in a temp dir, on a free port, for the tests of this module. */
final class TestServer implements AutoCloseable {

    static {
        // STOPGAP until the API server registers it itself (reported to its owner): without it the server answers
        // 400 to objects with MicroTime/Time fields fabric8 types as ZonedDateTime (Lease renewTime, ...). Done
        // before any server exists in this JVM, as the server copies its mapper on first use.
        io.keelson.apiserver.internal.Json.MAPPER.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
    }

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
