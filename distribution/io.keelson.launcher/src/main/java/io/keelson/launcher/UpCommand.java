package io.keelson.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keelson up}: starts the all-in-one server in the foreground; Ctrl-C stops it. */
@Command(name = "up", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the all-in-one Keelson server in the foreground (Ctrl-C stops it).",
            "A second 'up' on the same data dir finds everything again."})
public final class UpCommand implements Callable<Integer> {

    enum StoreKind { sqlite, etcd }

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where state lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDir.defaultPath();

    @Option(names = "--store", paramLabel = "KIND", description = "Store: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    StoreKind store = StoreKind.sqlite;

    @Option(names = "--etcd-endpoints", paramLabel = "URL,...", split = ",",
            description = "etcd client URLs, with --store etcd (default: ${DEFAULT-VALUE}).")
    List<String> etcdEndpoints = List.of("http://127.0.0.1:2379");

    @Option(names = "--etcd-prefix", paramLabel = "PREFIX", description = "Key prefix in etcd, to share one etcd between clusters.")
    String etcdPrefix = "";

    @Option(names = "--bind-address", paramLabel = "ADDR", description = "Address the API server listens on (default: ${DEFAULT-VALUE}).")
    String bindAddress = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "HTTPS port of the API server (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 6443;

    @Option(names = "--insecure-port", paramLabel = "PORT", description = "Also serve plain HTTP on this port (off by default).")
    int insecurePort = -1;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Folder watched for plugin jars and .cfg files (default: plugins/ of the distribution).")
    Path pluginsDir;

    @Option(names = {"-v", "--verbose"}, description = "Show informational log lines on the console too (they always go to DIR/logs).")
    boolean verbose;

    @Option(names = "--startup-timeout", paramLabel = "SECONDS", description = "Give up starting after this long (default: ${DEFAULT-VALUE}).")
    int startupTimeoutSeconds = 120;

    @Override
    public Integer call() throws Exception {
        Distribution dist = Distribution.locate();
        Path plugins = pluginsDir != null ? pluginsDir : dist.pluginsDir();
        Progress progress = new Progress(System.out);
        progress.header("Keelson " + KeelsonVersion.version() + ", data dir " + dataDir.toAbsolutePath().normalize());
        try (DataDir dir = new DataDir(dataDir).prepare()) {
            Logging.configure(dir, verbose);
            progress.done("data dir ready");
            Preflight.check(this);
            ServerRun run = new ServerRun(this, dist, dir, plugins, progress);
            return run.runUntilStopped();
        }
    }
}
