package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.Pki;
import io.keelson.testing.RunningApiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * One API server on SQLite for a test class, with kubectl and an HTTPS client holding the admin
 * certificate. Files for {@code -f} go into the kubectl work dir.
 */
final class Cluster implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    final RunningApiServer server;
    final Kubectl kubectl;
    final Path work;
    final HttpClient http;
    final java.security.KeyStore keyStore;
    final java.security.KeyStore trustStore;
    private final SSLContext ssl;

    Cluster(Path dir) throws Exception {
        this(RunningApiServer.start(dir.resolve("data")), dir);
    }

    Cluster(RunningApiServer server, Path dir) throws Exception {
        this.server = server;
        work = Files.createDirectories(dir.resolve("work"));
        kubectl = new Kubectl(server.kubeconfig(), work);
        ClusterPki pki = Pki.open(server.dataDir().resolve("pki"));
        char[] pw = "test".toCharArray();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(pki.keyStore(pki.adminClient(), pw), pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(pki.trustStore());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        this.ssl = ssl;
        this.keyStore = pki.keyStore(pki.adminClient(), pw);
        this.trustStore = pki.trustStore();
        http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** kubectl that must succeed. */
    Kubectl.Result ok(String... args) throws Exception {
        Kubectl.Result r = kubectl.run(args);
        assertThat(r.exit()).as("kubectl %s\n%s", String.join(" ", args), r).isZero();
        return r;
    }

    /** kubectl that must fail. */
    Kubectl.Result fails(String... args) throws Exception {
        Kubectl.Result r = kubectl.run(args);
        assertThat(r.exit()).as("kubectl %s\n%s", String.join(" ", args), r).isNotZero();
        return r;
    }

    /** The PKI's TLS context: the admin client certificate and the cluster CA. */
    SSLContext ssl() throws Exception {
        return ssl;
    }

    Kubectl.Result run(String... args) throws Exception {
        return kubectl.run(args);
    }

    void file(String name, String content) throws Exception {
        Files.writeString(work.resolve(name), content);
    }

    JsonNode json(String... kubectlArgs) throws Exception {
        return JSON.readTree(ok(kubectlArgs).out());
    }

    HttpResponse<String> call(String method, String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
