package io.keelson.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Talks to a running server over the plugin host's control socket: one command line out, one JSON
 * document back.
 */
final class ControlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path socket;

    ControlClient(Path socket) {
        this.socket = socket;
    }

    JsonNode call(String command) {
        if (!Files.exists(socket)) {
            throw notRunning(null);
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(StandardCharsets.UTF_8.encode(command + "\n"));
            channel.shutdownOutput();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            JsonNode result = JSON.readTree(answer.toByteArray());
            if (result.hasNonNull("error")) {
                throw new LauncherException(result.get("error").asText());
            }
            return result;
        } catch (IOException e) {
            throw notRunning(e);
        }
    }

    private LauncherException notRunning(IOException cause) {
        return new LauncherException("no Keelson server answers at " + socket
                + (cause == null ? "" : " (" + cause.getMessage() + ")")
                + ": start one with 'keelson up', or pass the --data-dir it runs on");
    }
}
