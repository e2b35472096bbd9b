package io.keelson.launcher;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;

/** One run of the server: configure, start, report progress, wait for Ctrl-C, stop cleanly. */
final class ServerRun {

    /** Registered by the API server once it listens; its properties carry url and kubeconfig. */
    private static final String API_ENDPOINT = "io.keelson.apiserver.api.ApiServerEndpoint";

    private final UpCommand up;
    private final Distribution dist;
    private final DataDir dir;
    private final Path pluginsDir;
    private final Progress progress;

    ServerRun(UpCommand up, Distribution dist, DataDir dir, Path pluginsDir, Progress progress) {
        this.up = up;
        this.dist = dist;
        this.dir = dir;
        this.pluginsDir = pluginsDir;
        this.progress = progress;
    }

    int runUntilStopped() throws InterruptedException {
        FrameworkHost.ensureDir(pluginsDir);
        FrameworkHost host = new FrameworkHost(dir, pluginsDir);
        Set<String> installed = host.install(dist.bundles());
        Map<String, Map<String, String>> configs = ComponentConfigs.of(up, dir, pluginsDir, installed);
        ComponentConfigs.write(dir.configDir(), configs);
        Thread stopper = new Thread(() -> {
            host.stop();
            progress.line("Keelson stopped.");
        }, "keelson-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        host.start();
        progress.done("framework started (Felix, " + host.bundleCount() + " bundles)");
        StartupStatus status = awaitStartup(host.framework().getBundleContext());
        if (!status.ready()) {
            Runtime.getRuntime().removeShutdownHook(stopper);
            host.stop();
            if (status.failed()) {
                throw new LauncherException(status.failure() + " (details in " + Logging.file(dir) + ")");
            }
            throw new LauncherException("not ready after " + up.startupTimeoutSeconds + " s; still waiting for: "
                    + String.join(", ", status.components().stream().filter(c -> !c.endsWith("=ACTIVE")).toList()));
        }
        progress.line(readyLine(host.framework().getBundleContext()));
        Logging.startupDone(up.verbose);
        host.framework().waitForStop(0);
        return 0;
    }

    private StartupStatus awaitStartup(BundleContext context) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(up.startupTimeoutSeconds);
        Set<String> reported = new HashSet<>();
        StartupStatus status = StartupStatus.read(context);
        while (!status.ready() && !status.failed() && System.nanoTime() < deadline) {
            reportActive(status, reported);
            Thread.sleep(20);
            status = StartupStatus.read(context);
        }
        reportActive(status, reported);
        if (up.verbose) {
            progress.line("  components: " + String.join(", ", status.components()));
        }
        return status;
    }

    private void reportActive(StartupStatus status, Set<String> reported) {
        for (String component : status.components()) {
            if (component.endsWith("=ACTIVE") && reported.add(component)) {
                progress.done(component.substring(0, component.indexOf('=')) + " active");
            }
        }
    }

    private String readyLine(BundleContext context) {
        String api = StartupStatus.serviceProperty(context, API_ENDPOINT, "url");
        String where = api != null
                ? "API " + api + ", kubeconfig " + dir.kubeconfig()
                : "store " + up.store + " at " + (up.store == UpCommand.StoreKind.sqlite ? dir.store() : String.join(",", up.etcdEndpoints));
        return String.format("Keelson is ready in %.1f s: %s. Plugins folder %s. Ctrl-C stops.", progress.elapsedSeconds(), where, pluginsDir);
    }
}
