package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.Pki;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch whose client closes its connection ends on the server, over plain HTTP as over HTTPS: a quiet
 * watch finds out by peeking at its connection (Jetty does not read while a response streams). Plain-HTTP
 * watches once stayed subscribed until their timeout, each holding a thread and a socket in CLOSE-WAIT.
 */
class ClosedWatchesTest {

    private static final int WATCHES = 20;

    @TempDir
    Path dir;

    @Test
    void watchesEndWhenTheirClientsCloseTheConnection() throws Exception {
        try (SqliteStore store = new SqliteStore(Files.createDirectories(dir.resolve("db")))) {
            ApiServer server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, 0));
            server.start();
            try {
                List<Socket> sockets = new ArrayList<>();
                SSLContext tls = tls(dir);
                for (int i = 0; i < WATCHES; i++) {
                    sockets.add(watch(tls.getSocketFactory().createSocket(), URI.create(server.url())));
                    sockets.add(watch(new Socket(), URI.create(server.insecureUrl())));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> server.watchers("", "configmaps") == 2 * WATCHES);
                for (Socket s : sockets) {
                    s.close();
                }
                // no event arrives to fail a write: each watch must notice the close by itself
                await().atMost(Duration.ofSeconds(60)).until(() -> server.watchers("", "configmaps") == 0);
            } finally {
                server.close();
            }
        }
    }

    /** Opens a chunked watch of configmaps and reads its response headers. */
    private static Socket watch(Socket s, URI base) throws Exception {
        s.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()));
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/v1/namespaces/default/configmaps?watch=1&timeoutSeconds=600 HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        byte[] head = new byte[12];
        int n = in.readNBytes(head, 0, head.length);
        assertThat(new String(head, 0, n, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        return s;
    }

    /** The admin client certificate and the cluster CA, from the PKI the server made in its data dir. */
    private static SSLContext tls(Path dataDir) throws Exception {
        ClusterPki pki = Pki.open(dataDir.resolve("pki"));
        char[] pw = "test".toCharArray();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(pki.keyStore(pki.adminClient(), pw), pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(pki.trustStore());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ssl;
    }
}
