package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.http.Exchange;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * Watches over WebSocket, as Kubernetes serves them to clients that ask to upgrade a watch request:
 * one text message per watch event, the client sends nothing, and the server closes the connection
 * (1000) when the watch ends. kubectl itself watches over chunked HTTP; Java clients use this.
 */
public final class WebSocketWatches implements AutoCloseable {

    /** Runs a watch into a sink. */
    public interface Body {
        void run(WatchHandler.Sink sink) throws IOException;
    }

    private final ServerWebSocketContainer container;
    private final AtomicInteger ids = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keelson-ws-watch-" + ids.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public WebSocketWatches(ServerWebSocketContainer container) {
        this.container = container;
    }

    static boolean isUpgrade(Exchange ex) {
        String upgrade = ex.header("Upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    void upgrade(Exchange ex, Body body) {
        ex.upgrade(container, (request, response, callback) -> new Endpoint(threads, body));
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /**
     * One WebSocket watch: the watch runs on its own thread and waits for each message to be written
     * (backpressure). Public, as Jetty calls endpoints through method handles.
     */
    public static final class Endpoint implements Session.Listener.AutoDemanding {
        private final ExecutorService threads;
        private final Body body;
        private volatile Session session;
        private volatile java.util.concurrent.Future<?> running;

        Endpoint(ExecutorService threads, Body body) {
            this.threads = threads;
            this.body = body;
        }

        @Override
        public void onWebSocketOpen(Session s) {
            session = s;
            running = threads.submit(() -> {
                try {
                    body.run(event -> {
                        if (!session.isOpen()) {
                            throw new IOException("the client closed the WebSocket");
                        }
                        Callback.Completable sent = new Callback.Completable();
                        session.sendText(new String(event, java.nio.charset.StandardCharsets.UTF_8), sent);
                        try {
                            sent.get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException(e);
                        } catch (java.util.concurrent.ExecutionException e) {
                            throw new IOException(e.getCause());
                        }
                    });
                    session.close(StatusCode.NORMAL, "watch ended", Callback.NOOP);
                } catch (IOException | RuntimeException e) {
                    session.close(StatusCode.NORMAL, "watch ended", Callback.NOOP);
                }
            });
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason, Callback callback) {
            java.util.concurrent.Future<?> r = running;
            if (r != null) {
                r.cancel(true); // interrupts the watch's wait for the next change
            }
            callback.succeed();
        }
    }
}
