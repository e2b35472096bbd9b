package io.keelson.store.etcd.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One {@code /usr/bin/etcd} process on loopback ports, with its data in a directory of its own.
 * Every started process is also killed by a shutdown hook, so an aborted run leaves none behind.
 */
public final class EtcdMember {

    public static final String ETCD = "/usr/bin/etcd";
    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProcessHandle::destroyForcibly)));
    }

    private final String name;
    private final String clientUrl;
    private final String peerUrl;
    private final Path dataDir;
    private Process process;

    EtcdMember(String name, Path dataDir) throws IOException {
        this.name = name;
        this.dataDir = dataDir;
        this.clientUrl = "http://127.0.0.1:" + freePort();
        this.peerUrl = "http://127.0.0.1:" + freePort();
    }

    void start(String initialCluster, String token) throws IOException {
        List<String> command = List.of(ETCD, "--name", name, "--data-dir", dataDir.resolve("data").toString(),
                "--listen-client-urls", clientUrl, "--advertise-client-urls", clientUrl,
                "--listen-peer-urls", peerUrl, "--initial-advertise-peer-urls", peerUrl,
                "--initial-cluster", initialCluster, "--initial-cluster-state", "new",
                "--initial-cluster-token", token,
                // progress notifications every second instead of every 10 minutes, so watches see them
                "--experimental-watch-progress-notify-interval", "1s");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("etcd.log").toFile()).start();
        LIVE.add(process.toHandle());
    }

    public String name() {
        return name;
    }

    public String clientUrl() {
        return clientUrl;
    }

    String peerUrl() {
        return peerUrl;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return dataDir.resolve("etcd.log");
    }

    /** {@code kill -9}: SIGKILL by PID, then wait until the process is gone. */
    public void kill() {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        handle.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(handle);
    }

    /** A port nothing listens on right now (the kernel's pick of a free ephemeral port). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
