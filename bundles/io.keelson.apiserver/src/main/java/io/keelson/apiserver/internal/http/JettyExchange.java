package io.keelson.apiserver.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** An HTTP request and its response on Jetty. */
public final class JettyExchange extends Exchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final java.util.Map<String, java.util.List<String>> query;
    /** How much of an oversized body is read and dropped so that the 413 reaches the client before the close. */
    private static final long MAX_DISCARD = 32L * 1024 * 1024;
    private boolean committed;
    private boolean bodyRead;

    public JettyExchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.query = parseQuery(request.getHttpURI().getQuery());
    }

    /**
     * The query as Go's url.ParseQuery reads it: a pair that cannot be decoded (or holds a ';') is dropped and the others
     * stay in force. Jetty's parser fails as a whole, and dropping every parameter turned {@code ?dryRun=All&x=%zz} into a
     * real delete.
     */
    static java.util.Map<String, java.util.List<String>> parseQuery(String raw) {
        java.util.Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty() || pair.indexOf(';') >= 0) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                out.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a bad %-escape: this pair only
            }
        }
        return out;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        String raw = request.getHttpURI().getPath();
        if (raw == null) {
            return "/";
        }
        // Go keeps ';' in a path (a name "x;a=b" is not found); Jetty's decoding would drop it as a path parameter
        return org.eclipse.jetty.util.URIUtil.decodePath(raw.replace(";", "%3B"));
    }

    @Override
    public String query(String name) {
        java.util.List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a repeated query parameter, in order. */
    @Override
    public java.util.List<String> queryValues(String name) {
        return query.getOrDefault(name, java.util.List.of());
    }

    @Override
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public boolean secure() {
        return request.isSecure();
    }

    @Override
    public X509Certificate[] peerCertificates() {
        Object data = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
        return data instanceof EndPoint.SslSessionData ssl ? ssl.peerCertificates() : null;
    }

    /** The request body, at most {@link #MAX_BODY} bytes (413 beyond). */
    @Override
    public byte[] body() {
        String type = header("Content-Type");
        if (!method().equals("PATCH") && !acceptedBodyType(type)) {
            throw Errors.unsupportedMediaType(type);
        }
        bodyRead = true;
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                discardRest(in);
                throw Errors.tooLarge();
            }
            if (io.keelson.apiserver.internal.ProtobufCodec.isProtobuf(type) && bytes.length > 0) {
                // kubectl's typed clients send protobuf; everything downstream speaks JSON
                return io.keelson.apiserver.internal.Json.bytes(io.keelson.apiserver.internal.ProtobufCodec.decode(bytes));
            }
            String mediaType = type == null ? "" : type.split(";")[0].trim();
            if (mediaType.equals("application/yaml") && bytes.length > 0) {
                return io.keelson.apiserver.internal.Json.bytes(io.keelson.apiserver.internal.Yaml.parse(bytes));
            }
            return bytes;
        } catch (IOException e) {
            throw Errors.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /** Adds a {@code Warning: 299 - "<text>"} header, as Kubernetes sends them (kubectl prints "Warning: <text>"). */
    @Override
    public void warning(String text) {
        if (!committed) {
            response.getHeaders().add("Warning", "299 - \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
    }

    /** What a non-PATCH body may be: JSON (also when unnamed), YAML or Kubernetes' protobuf. */
    private static boolean acceptedBodyType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("application/json") || t.equals("application/yaml") || t.equals("application/vnd.kubernetes.protobuf");
    }

    /**
     * Reads and drops a body nobody read, so the connection can carry the next request (Jetty closes a
     * connection whose request content is left); beyond the body limit the connection is closed and says so.
     */
    @Override
    public void drainBody() {
        if (bodyRead || committed) {
            return;
        }
        bodyRead = true;
        try (InputStream in = Request.asInputStream(request)) {
            if (in.skip(MAX_BODY + 1L) > MAX_BODY) {
                discardRest(in);
            }
        } catch (IOException | RuntimeException e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
    }

    /**
     * After the body limit: reads on (up to {@link #MAX_DISCARD}) before answering and closing, because
     * closing with unread input makes the kernel reset the connection, and a reset can overtake the 413.
     */
    private void discardRest(InputStream in) throws IOException {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        long skipped = 0;
        for (long n; skipped < MAX_DISCARD && (n = in.skip(MAX_DISCARD - skipped)) > 0; ) {
            skipped += n;
        }
    }

    @Override
    public void json(int status, JsonNode body) {
        send(status, "application/json", Json.bytes(body));
    }

    /** JSON with a media type of its own (aggregated discovery's {@code ;g=...;v=...;as=...}). */
    @Override
    public void json(int status, String contentType, JsonNode body) {
        send(status, contentType, Json.bytes(body));
    }

    @Override
    public void bytes(int status, String contentType, byte[] body) {
        send(status, contentType, body);
    }

    @Override
    public void text(int status, String body) {
        send(status, "text/plain; charset=utf-8", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void error(ApiException e) {
        drainBody();
        int retryAfter = e.status().path("details").path("retryAfterSeconds").asInt(0);
        if (retryAfter > 0 && !committed) {
            // as Kubernetes' error writer: clients (kubectl drain, client-go) wait this long before retrying
            response.getHeaders().put("Retry-After", Integer.toString(retryAfter));
        }
        json(e.code(), e.status());
    }

    private void send(int status, String contentType, byte[] bytes) {
        if (committed) {
            return;
        }
        committed = true;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("Cache-Control", "no-cache, private");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Upgrades to a WebSocket; a request that is no valid upgrade gets a 400 Status. */
    @Override
    public void upgrade(org.eclipse.jetty.websocket.server.ServerWebSocketContainer container,
            org.eclipse.jetty.websocket.server.WebSocketCreator creator) {
        committed = true;
        if (!container.upgrade(creator, request, response, callback)) {
            committed = false;
            error(Errors.badRequest("the request is not a valid WebSocket upgrade"));
        }
    }

    /**
     * Whether the client has closed the connection. Jetty does not read while a response streams, so a
     * quiet watch would not notice; this peeks at the connection (a watch client sends nothing), as Go's
     * server notices a closed watch connection by its background read.
     */
    @Override
    public boolean clientGone() {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (!endPoint.isOpen() || endPoint.isInputShutdown()) {
            return true;
        }
        try {
            // Jetty's fill() appends after the buffer's limit: a BufferUtil buffer starts flipped (limit 0, capacity 1);
            // ByteBuffer.allocate(1) has no room by that rule, so fill() read nothing and never saw the close
            return endPoint.fill(org.eclipse.jetty.util.BufferUtil.allocate(1)) < 0;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Lets a long response (a watch) stay idle up to {@code millis} before the connection times out. */
    @Override
    public void idleTimeout(long millis) {
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(millis);
    }

    /** Starts a streamed (chunked) response; the caller writes, then calls {@link #finishStream()}. */
    @Override
    public OutputStream stream(int status, String contentType) {
        committed = true;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("Cache-Control", "no-cache, private");
        response.getHeaders().put(HttpHeader.TRANSFER_ENCODING, "chunked");
        OutputStream out = Content.Sink.asOutputStream(response);
        try {
            out.flush(); // the status line and headers go out now, as Kubernetes sends them before the first event
        } catch (IOException e) {
            // the client is gone; the first write says so
        }
        return out;
    }

    @Override
    public void finishStream(OutputStream out) {
        try {
            out.close();
            callback.succeeded();
        } catch (IOException e) {
            callback.failed(e);
        }
    }

    @Override
    public void abort(Throwable failure) {
        callback.failed(failure);
    }

    @Override
    public boolean committed() {
        return committed;
    }
}
