package io.keelson.client.tests.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.ConnectionException;
import io.keelson.client.api.ListOptions;
import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.http.internal.Kubeconfig;
import io.keelson.client.tests.RecordingWatcher;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.IssuedCertificate;
import io.keelson.pki.api.Pki;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a server, calls fail with ConnectionException (code 0) and watches end with it. */
class UnreachableServerTest {

    @TempDir
    Path dir;

    @Test
    void callsAndWatchesFailWithConnectionException() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ClusterPki pki = Pki.open(dir.resolve("pki"));
        IssuedCertificate admin = pki.adminClient();
        Kubeconfig config = new Kubeconfig("https://127.0.0.1:" + closedPort, pki.caCertificatePem(), admin.certificatePem(),
                admin.privateKeyPem());
        try (HttpKubeClient client = new HttpKubeClient(config)) {
            assertThatThrownBy(() -> client.resources(ConfigMap.class).inNamespace("default").get("x"))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> {
                        assertThat(e.code()).isZero();
                        assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort);
                    });
            RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
            client.resources(ConfigMap.class).watch(ListOptions.ALL, w);
            await().until(() -> w.closes() == 1);
            assertThat(w.cause()).isInstanceOf(ConnectionException.class);
            assertThat(w.events()).isEmpty();
        }
    }
}
