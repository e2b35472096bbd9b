package io.keelson.plugin.host.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A Unix domain socket server: each client writes one line, gets one answer, and the connection is
 * closed. One thread accepts; each client is served on a pooled thread so a client that never
 * writes its line cannot block the others (Unix channels have no read timeout).
 */
final class ControlSocketServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ControlSocketServer.class.getName());
    private static final int MAX_LINE = 4096;

    private final Path path;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final ExecutorService clients = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keelson-control-client");
        t.setDaemon(true);
        return t;
    });

    ControlSocketServer(Path path, UnaryOperator<String> handler) throws IOException {
        this.path = path.toAbsolutePath();
        Path parent = this.path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // a socket file left by a crashed process would make bind fail with "Address already in use"
        Files.deleteIfExists(this.path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(this.path));
        try {
            Files.setPosixFilePermissions(this.path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "cannot restrict permissions of {0}", this.path);
        }
        acceptor = new Thread(() -> serve(handler), "keelson-control-socket");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(Level.INFO, "control socket listening at {0}", this.path);
    }

    Path path() {
        return path;
    }

    private void serve(UnaryOperator<String> handler) {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return; // closed by close(): we're done
            } catch (IOException e) {
                LOG.log(Level.WARNING, "control socket accept failed", e);
                continue;
            }
            clients.execute(() -> answer(client, handler));
        }
    }

    private static void answer(SocketChannel channel, UnaryOperator<String> handler) {
        try (SocketChannel client = channel) {
            String answer = handler.apply(readLine(client)) + "\n";
            ByteBuffer out = ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                client.write(out);
            }
        } catch (ClosedChannelException e) {
            // the client went away, or we are closing: nothing to answer
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "control socket client failed", e);
        }
    }

    private static String readLine(SocketChannel client) throws IOException {
        // not closing the reader: that would close the channel before we answer
        BufferedReader in = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8), 256);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                break;
            }
            line.append((char) c);
        }
        return line.toString().replace("\r", "");
    }

    @Override
    public void close() throws IOException {
        server.close();
        clients.shutdownNow(); // interrupting a blocked read closes its channel
        try {
            acceptor.join(5_000);
            clients.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(path);
    }
}
