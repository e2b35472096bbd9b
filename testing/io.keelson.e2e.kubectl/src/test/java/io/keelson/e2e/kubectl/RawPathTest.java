package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request paths as a client may send them on the wire (no URI class in between): percent-encodings, bad ones included,
 * are the client's mistake (4xx) and never a server failure.
 */
class RawPathTest {

    @TempDir
    static Path dir;
    static SqliteStore store;
    static ApiServer server;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        server = new ApiServer(store, ApiServerSettings.defaults(dir).withPorts(0, 0));
        server.start();
        base = URI.create(server.insecureUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/namespaces/default/configmaps/%zz, 400",
        "/api/v1/namespaces/default/configmaps/a%, 400",
        "/api/v1/namespaces/default/configmaps/a%2Fb, 404",
        "/api/v1/namespaces/default/configmaps/x;a=b, 404",
        "/api/v1/namespaces/default/configmaps/%78, 404",
        // Jetty refuses bad UTF-8 and NUL in a path before any handler (Go would decode them and find nothing: 404)
        "/api/v1/namespaces/default/configmaps/%C3%28, 400",
        "/api/v1/namespaces/default/configmaps/%FF, 400",
        "/api/v1/namespaces/default/configmaps/a%00b, 400",
    })
    void aPathIsDecodedOrRefusedAsTheClientsMistake(String path, int expected) throws Exception {
        assertThat(status(path)).as(path).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aBadlyEncodedQueryParameterLeavesTheOthersInForce() throws Exception {
        String cm = "/api/v1/namespaces/default/configmaps";
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"kept\"}}";
        assertThat(send("POST", cm, body)).startsWith("HTTP/1.1 201");
        // Go's url.Query() drops only the pair it cannot decode: the delete stays a dry run
        assertThat(send("DELETE", cm + "/kept?dryRun=All&x=%zz", null)).startsWith("HTTP/1.1 200");
        assertThat(status(cm + "/kept")).isEqualTo(200);
        assertThat(send("GET", cm + "?x=%zz&watch=true&timeoutSeconds=1", null)).contains("{\"type\":\"ADDED\"");
    }

    private static int status(String path) throws Exception {
        return Integer.parseInt(send("GET", path, null).substring(9, 12));
    }

    private static String send(String method, String path, String body) throws Exception {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = s.getOutputStream();
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
