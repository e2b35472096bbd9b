package io.keelson.e2e.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.testing.FreePort;
import io.keelson.testing.KeelsonServer;
import io.keelson.testing.Kubectl;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keelson up as a user runs it: progress, the ready line, Ctrl-C, restart, and the mistakes a user can make. */
class KeelsonUpTest {

    @TempDir
    Path tmp;

    @Test
    void upShowsProgressEndsReadyStopsCleanlyOnCtrlCAndFindsEverythingAgain() throws Exception {
        Path data = tmp.resolve("data");
        Path kubeconfig = data.resolve("kubeconfig");
        try (KeelsonServer server = KeelsonServer.start(data, "--port", "0", "--plugins-dir", tmp.resolve("plugins").toString())) {
            server.awaitReady();
            assertThat(server.output()).contains("[ok] data dir ready", "[ok] framework started",
                    "[ok] io.keelson.store.sqlite active", "[ok] io.keelson.apiserver active");
            assertThat(server.readyLine()).startsWith("Keelson is ready in ").contains("API https://127.0.0.1:")
                    .contains("kubeconfig " + kubeconfig).contains("Ctrl-C stops");
            assertThat(data.resolve("run/keelson.sock")).exists();
            assertThat(Kubectl.run(kubeconfig, "create", "configmap", "survivor", "--from-literal=k=v").output())
                    .contains("configmap/survivor created");

            server.stop();

            assertThat(server.output()).contains("Keelson stopped.");
            assertThat(data.resolve("run/keelson.sock")).doesNotExist();
        }
        // a second start on the same data dir finds the cluster and its objects again
        try (KeelsonServer again = KeelsonServer.start(data, "--port", "0", "--plugins-dir", tmp.resolve("plugins").toString())) {
            again.awaitReady();
            assertThat(Kubectl.run(kubeconfig, "get", "configmap", "survivor", "-o", "jsonpath={.data.k}").output()).isEqualTo("v");
            assertThat(Kubectl.run(kubeconfig, "get", "namespaces").output()).contains("default", "kube-system", "kube-public");
            again.stop();
        }
    }

    @Test
    void aSecondUpOnTheSameDataDirIsRefusedWhileTheFirstRuns() throws Exception {
        Path data = tmp.resolve("data");
        try (KeelsonServer first = KeelsonServer.start(data, "--port", "0").awaitReady()) {
            KeelsonServer.Result second = KeelsonServer.run("up", "--data-dir", data.toString(), "--port", "0");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.output()).contains("error: another keelson (pid " + first.pid() + ") is running on data dir " + data);
            assertThat(first.isAlive()).isTrue();
            first.stop();
        }
    }

    @Test
    void aPortInUseIsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KeelsonServer.Result r = KeelsonServer.run("up", "--data-dir", tmp.resolve("d").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.output()).contains("error: port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .contains("--port N").doesNotContain("Exception");
        }
    }

    @Test
    void aMissingEtcdIsOneClearLine() throws Exception {
        String url = "http://127.0.0.1:" + FreePort.pick();
        KeelsonServer.Result r = KeelsonServer.run("up", "--data-dir", tmp.resolve("d").toString(), "--port", "0",
                "--store", "etcd", "--etcd-endpoints", url);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).contains("error: etcd is not reachable at " + url).doesNotContain("Exception");
    }

    @Test
    void aDataDirThatIsAFileIsRefusedAndKept() throws Exception {
        Path file = Files.writeString(tmp.resolve("precious"), "do not touch");
        KeelsonServer.Result r = KeelsonServer.run("up", "--data-dir", file.toString(), "--port", "0");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).contains("is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("do not touch");
    }

    @Test
    void aCorruptStoreIsNamedAndLeftUntouched() throws Exception {
        Path data = tmp.resolve("data");
        try (KeelsonServer server = KeelsonServer.start(data, "--port", "0").awaitReady()) {
            server.stop();
        }
        Path db = data.resolve("store/keelson.db");
        assertThat(db).exists();
        byte[] garbage = "this is not a database, but it is the user's file".getBytes();
        Files.write(db, garbage);

        KeelsonServer.Result r = KeelsonServer.run("up", "--data-dir", data.toString(), "--port", "0");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).contains("error: io.keelson.store.sqlite: ").contains(db.toString()).doesNotContain("\tat ");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        assertThat(KeelsonServer.run("--help").output()).contains("Usage: keelson", "up", "plugins");
        assertThat(KeelsonServer.run("up", "--help").output()).contains("--data-dir", "--store", "--etcd-endpoints", "--port");
        assertThat(KeelsonServer.run("plugins", "--help").output()).contains("list");
        assertThat(KeelsonServer.run("plugins", "list", "--help").output()).contains("--data-dir", "--output");
    }

    @Test
    void pluginsListWithoutAServerSaysHowToStartOne() throws Exception {
        KeelsonServer.Result r = KeelsonServer.run("plugins", "list", "--data-dir", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.output()).contains("no Keelson server answers at").contains("keelson up");
    }
}
