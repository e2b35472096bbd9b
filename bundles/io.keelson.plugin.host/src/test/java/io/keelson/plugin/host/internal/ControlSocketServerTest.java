package io.keelson.plugin.host.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlSocketServerTest {

    @TempDir
    Path dir;

    @Test
    void answersOneLinePerConnectionWithMode0600InANewParentDir() throws Exception {
        Path sock = dir.resolve("run/sub/keelson.sock");
        try (ControlSocketServer server = new ControlSocketServer(sock, cmd -> "{\"echo\":\"" + cmd + "\"}")) {
            assertThat(ask(sock, "plugins list\n")).isEqualTo("{\"echo\":\"plugins list\"}\n");
            assertThat(ask(sock, "again\n")).isEqualTo("{\"echo\":\"again\"}\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sock))).isEqualTo("rw-------");
        }
        assertThat(sock).as("socket file removed on close").doesNotExist();
    }

    @Test
    void aClientThatNeverWritesDoesNotBlockOthers() throws Exception {
        Path sock = dir.resolve("k.sock");
        try (ControlSocketServer server = new ControlSocketServer(sock, cmd -> "ok:" + cmd);
                SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
            assertThat(ask(sock, "x\n")).isEqualTo("ok:x\n");
        }
    }

    @Test
    void aStaleSocketFileIsReplaced() throws Exception {
        Path sock = dir.resolve("stale.sock");
        ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        crashed.bind(UnixDomainSocketAddress.of(sock));
        crashed.close(); // the file stays behind, as after kill -9
        assertThat(sock).exists();

        try (ControlSocketServer server = new ControlSocketServer(sock, cmd -> "fresh")) {
            assertThat(ask(sock, "q\n")).isEqualTo("fresh\n");
        }
    }

    @Test
    void nothingListensAfterClose() throws Exception {
        Path sock = dir.resolve("closed.sock");
        new ControlSocketServer(sock, cmd -> "x").close();
        assertThatThrownBy(() -> ask(sock, "q\n")).isInstanceOf(IOException.class);
    }

    static String ask(Path sock, String request) throws IOException {
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            return new String(Channels.newInputStream(ch).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
