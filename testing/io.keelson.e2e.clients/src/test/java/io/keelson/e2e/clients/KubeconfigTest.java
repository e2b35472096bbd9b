package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.keelson.testing.RunningApiServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kubeconfig the server writes must work in fabric8 exactly as written: nothing set by hand. */
class KubeconfigTest {

    @TempDir
    static Path dir;
    static RunningApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningApiServer.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void fabric8UsesTheKubeconfigUnchanged() throws Exception {
        Config config = Config.fromKubeconfig(server.kubeconfigText());
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThat(client.namespaces().withName("default").get().getMetadata().getName()).isEqualTo("default");
            assertThat(client.getKubernetesVersion().getMajor()).isEqualTo("1");
        }
    }

    @Test
    void clientKeyIsWrittenAsKubernetesToolsWriteEcdsaKeys() throws Exception {
        String kubeconfig = server.kubeconfigText();
        String keyData = kubeconfig.lines().filter(l -> l.trim().startsWith("client-key-data:")).findFirst().orElseThrow().trim()
                .substring("client-key-data:".length()).trim();
        String pem = new String(java.util.Base64.getDecoder().decode(keyData), java.nio.charset.StandardCharsets.US_ASCII);
        // client-go's keyutil.MarshalPrivateKeyToPEM, kubeadm and k3s write ECDSA keys as SEC1
        assertThat(pem).startsWith("-----BEGIN EC PRIVATE KEY-----");
    }
}
