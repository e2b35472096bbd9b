package io.keelson.testing;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real API server on a real SQLite store in the test JVM: HTTPS on an ephemeral port, no plain port, data in the given (temp)
 * directory, and the admin kubeconfig the server writes there. Use with try-with-resources or close it in {@code @AfterAll}.
 */
public final class RunningApiServer implements AutoCloseable {

    private final Path dataDir;
    private final SqliteStore store;
    private final ApiServer server;

    private RunningApiServer(Path dataDir, UnaryOperator<ApiServerSettings> settings, Function<KeyValueStore, KeyValueStore> storeView)
            throws Exception {
        this.dataDir = dataDir;
        this.store = new SqliteStore(Files.createDirectories(dataDir.resolve("db")));
        // bookmarks every 2 s instead of the default minute, so tests that wait for one do not wait long
        ApiServerSettings base = ApiServerSettings.defaults(dataDir).withPorts(0, -1).withBookmarkInterval(Duration.ofSeconds(2));
        ApiServer started = new ApiServer(storeView.apply(store), settings.apply(base));
        try {
            started.start();
        } catch (Exception e) {
            store.close();
            throw e;
        }
        this.server = started;
    }

    public static RunningApiServer start(Path dataDir) throws Exception {
        return new RunningApiServer(dataDir, s -> s, s -> s);
    }

    /** With adjusted settings, and the store as the server sees it (for example wrapped to count calls). */
    public static RunningApiServer start(Path dataDir, UnaryOperator<ApiServerSettings> settings,
            Function<KeyValueStore, KeyValueStore> storeView) throws Exception {
        return new RunningApiServer(dataDir, settings, storeView);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The store itself, not the view the server was given: to look below the API. */
    public SqliteStore store() {
        return store;
    }

    public ApiServer apiServer() {
        return server;
    }

    /** The HTTPS base URL, without a trailing slash. */
    public String url() {
        return server.url();
    }

    /** The admin kubeconfig the server wrote: what a real user hands to a client. */
    public Path kubeconfig() {
        return server.kubeconfig();
    }

    public String kubeconfigText() throws IOException {
        return Files.readString(kubeconfig());
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            store.close();
        }
    }

    /** Starts a server for poking at by hand: prints the kubeconfig path, runs until killed. */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("keelson-dev");
        RunningApiServer s = start(dir);
        System.out.println("KUBECONFIG=" + s.kubeconfig() + " url=" + s.url());
        Thread.currentThread().join();
    }
}
