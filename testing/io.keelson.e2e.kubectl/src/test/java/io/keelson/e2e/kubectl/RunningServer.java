package io.keelson.e2e.kubectl;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** An API server on the SQLite store, an ephemeral port and a temp data dir, as one closeable. */
final class RunningServer implements AutoCloseable {

    final Path dataDir;
    final SqliteStore store;
    final ApiServer server;

    RunningServer(Path dataDir) throws Exception {
        this(dataDir, s -> s, store -> store);
    }

    /** With adjusted settings, and the store as the server sees it (e.g. wrapped to count calls). */
    RunningServer(Path dataDir, UnaryOperator<ApiServerSettings> settings, Function<KeyValueStore, KeyValueStore> storeView)
            throws Exception {
        this.dataDir = dataDir;
        this.store = new SqliteStore(Files.createDirectories(dataDir.resolve("db")));
        ApiServerSettings base = ApiServerSettings.defaults(dataDir).withPorts(0, -1).withBookmarkInterval(Duration.ofSeconds(2));
        this.server = new ApiServer(storeView.apply(store), settings.apply(base));
        server.start();
    }

    Path kubeconfig() {
        return server.kubeconfig();
    }

    @Override
    public void close() throws Exception {
        server.close();
        store.close();
    }

    /** Starts a server for poking at by hand: prints the kubeconfig path, runs until killed. */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("keelson-dev");
        RunningServer s = new RunningServer(dir);
        System.out.println("KUBECONFIG=" + s.kubeconfig() + " url=" + s.server.url());
        Thread.currentThread().join();
    }
}
