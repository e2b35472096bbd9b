package io.keelson.benchmarks.api;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** An async HTTP/1.1 client (Jetty) for one API server URL, one connection per concurrent request. */
public final class Http implements AutoCloseable {

    /** A finished exchange: the status (0 when there was none) and body, or the failure; when its last byte came (nanoTime). */
    public record Reply(int status, String body, Throwable failure, long doneNanos) {
        public Reply(int status, String body, Throwable failure) {
            this(status, body, failure, System.nanoTime());
        }

        public boolean is(int expected) {
            return failure == null && status == expected;
        }
    }

    public interface Callback {
        void done(Reply reply);
    }

    final HttpClient client;
    final String base;
    /** HTTP connections this client opened: each is a TCP connect and, over HTTPS, a TLS handshake with the client certificate. */
    final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

    public Http(String base, SSLContext ssl, int maxConnections, String name) throws Exception {
        this.base = base;
        ClientConnector connector = new ClientConnector();
        if (ssl != null) {
            SslContextFactory.Client tls = new SslContextFactory.Client();
            tls.setSslContext(ssl);
            connector.setSslContextFactory(tls);
        }
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(200, Math.min(maxConnections, 1000)), 8);
        threads.setName(name);
        threads.setDaemon(true);
        connector.setExecutor(threads);
        client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(maxConnections);
        client.setMaxRequestsQueuedPerDestination(Math.max(1024, maxConnections * 4));
        client.setIdleTimeout(120_000);
        client.setConnectTimeout(15_000);
        client.setFollowRedirects(false);
        client.addBean(new org.eclipse.jetty.io.Connection.Listener() {
            @Override
            public void onOpened(org.eclipse.jetty.io.Connection connection) {
                if (connection instanceof org.eclipse.jetty.client.Connection) { // the HTTP connection, not the TLS layer under it
                    opened.incrementAndGet();
                }
            }
        });
        client.start();
    }

    public Request request(String method, String path, String accept, String body) {
        Request r = client.newRequest(base + path).method(method).timeout(60, TimeUnit.SECONDS);
        if (accept != null) {
            r.headers(h -> h.put("Accept", accept));
        }
        if (body != null) {
            r.body(new StringRequestContent("application/json", body, StandardCharsets.UTF_8));
        }
        return r;
    }

    /** Sends without blocking; the callback runs on a client thread. */
    public void send(String method, String path, String accept, String body, int maxBytes, Callback callback) {
        request(method, path, accept, body).send(new BufferingResponseListener(maxBytes) {
            @Override
            public void onComplete(org.eclipse.jetty.client.Result result) {
                long done = System.nanoTime(); // before decoding the body: a big LIST is timed to its last byte
                Reply reply = result.isFailed()
                        ? new Reply(result.getResponse() == null ? 0 : result.getResponse().getStatus(), null, result.getFailure(), done)
                        : new Reply(result.getResponse().getStatus(), getContentAsString(StandardCharsets.UTF_8), null, done);
                callback.done(reply);
            }
        });
    }

    public void send(String method, String path, String body, Callback callback) {
        send(method, path, null, body, 4 << 20, callback);
    }

    /** Sends and waits; bodies up to 1 GiB (a LIST of many pods). */
    public Reply call(String method, String path, String accept, String body) throws Exception {
        CompletableFuture<Reply> f = new CompletableFuture<>();
        send(method, path, accept, body, 1 << 30, f::complete);
        return f.get(120, TimeUnit.SECONDS);
    }

    public Reply call(String method, String path, String body) throws Exception {
        return call(method, path, null, body);
    }

    /** Like {@link #call} but fails unless the status is {@code expected}. */
    public Reply expect(int expected, String method, String path, String body) throws Exception {
        Reply r = call(method, path, body);
        if (!r.is(expected)) {
            throw new IllegalStateException(method + " " + path + " -> " + r.status() + " " + (r.failure() != null ? r.failure() : r.body()));
        }
        return r;
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}
