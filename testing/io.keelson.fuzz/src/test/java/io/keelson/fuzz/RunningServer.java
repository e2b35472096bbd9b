package io.keelson.fuzz;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** An API server on the SQLite store, an ephemeral port and a temp data dir, as one closeable (as the kubectl suite starts it). */
final class RunningServer implements AutoCloseable {

    final Path dataDir;
    final SqliteStore store;
    final ApiServer server;

    RunningServer(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        this.store = new SqliteStore(Files.createDirectories(dataDir.resolve("db")));
        ApiServerSettings settings = ApiServerSettings.defaults(dataDir).withPorts(0, -1).withBookmarkInterval(Duration.ofSeconds(2));
        this.server = new ApiServer(store, settings);
        server.start();
    }

    /** The admin kubeconfig the server wrote: what a real user hands to a client. */
    Path kubeconfig() {
        return server.kubeconfig();
    }

    String kubeconfigText() throws java.io.IOException {
        return Files.readString(kubeconfig());
    }

    @Override
    public void close() throws Exception {
        server.close();
        store.close();
    }
}
