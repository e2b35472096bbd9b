package io.keelson.store.etcd.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A throw-away etcd cluster of real {@code /usr/bin/etcd} processes on free loopback ports, in a temp
 * directory, for tests and benchmarks. {@link #close()} kills every member by PID and deletes the data.
 */
public final class EtcdCluster implements AutoCloseable {

    private final Path dir;
    private final List<EtcdMember> members = new ArrayList<>();

    private EtcdCluster(Path dir) {
        this.dir = dir;
    }

    /** Starts {@code size} members as one new cluster and returns once every one reports healthy. */
    public static EtcdCluster start(int size) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(EtcdMember.ETCD))) {
            throw new IllegalStateException(EtcdMember.ETCD + " is missing: apt-get install -y etcd-server etcd-client");
        }
        EtcdCluster cluster = new EtcdCluster(Files.createTempDirectory("keelson-etcd-"));
        try {
            for (int i = 0; i < size; i++) {
                cluster.members.add(new EtcdMember("m" + i, Files.createDirectories(cluster.dir.resolve("m" + i))));
            }
            String initial = cluster.members.stream().map(m -> m.name() + "=" + m.peerUrl())
                    .collect(Collectors.joining(","));
            String token = "keelson-" + UUID.randomUUID();
            for (EtcdMember m : cluster.members) {
                m.start(initial, token);
            }
            for (EtcdMember m : cluster.members) {
                cluster.awaitHealthy(m);
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public List<EtcdMember> members() {
        return List.copyOf(members);
    }

    /** Client URLs of the members still running, comma-separated, as the store's config wants them. */
    public String endpoints() {
        return members.stream().filter(EtcdMember::isAlive).map(EtcdMember::clientUrl).collect(Collectors.joining(","));
    }

    /** The member that is the Raft leader now, asked with {@code etcdctl endpoint status -w json}. */
    public EtcdMember leader() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/etcdctl", "--endpoints", endpoints(), "endpoint", "status", "-w", "json")
                .redirectErrorStream(true).start();
        p.getOutputStream().close(); // nothing to read from us
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        // each entry: {"Endpoint":"http://...","Status":{"header":{..."member_id":N,...},...,"leader":M,...}}
        Matcher m = Pattern.compile("\"Endpoint\":\"([^\"]+)\".*?\"member_id\":(\\d+).*?\"leader\":(\\d+)").matcher(json);
        while (m.find()) {
            if (m.group(2).equals(m.group(3))) {
                String url = m.group(1);
                return members.stream().filter(x -> x.clientUrl().equals(url)).findFirst().orElseThrow();
            }
        }
        throw new IllegalStateException("no leader in etcdctl endpoint status output: " + json);
    }

    private void awaitHealthy(EtcdMember m) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!m.isAlive()) {
                throw new IllegalStateException("etcd " + m.name() + " exited:\n" + Files.readString(m.log()));
            }
            if (healthy(m.clientUrl())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("etcd " + m.name() + " not healthy after 60 s:\n" + Files.readString(m.log()));
    }

    private static boolean healthy(String clientUrl) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(clientUrl + "/health").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"health\":\"true\"");
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        members.forEach(EtcdMember::kill);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
