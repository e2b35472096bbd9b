package io.keelson.apiserver.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.handlers.WatchHandler;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An in-process request: method, path, query and headers as HTTP would carry them, the body as a
 * tree, the answer kept as a tree with its status. A watch runs through the {@code watches} starter
 * instead of a stream.
 */
final class LocalExchange extends Exchange implements WatchHandler.InProcess {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final JsonNode body;
    private final Function<WatchHandler.Loop, LocalWatch> watches;
    private int status;
    private JsonNode answer;
    private LocalWatch watch;
    private int streamed;
    private Throwable failure;

    LocalExchange(String method, String path, JsonNode body, Function<WatchHandler.Loop, LocalWatch> watches) {
        this.method = method;
        this.path = path;
        this.body = body;
        this.watches = watches;
    }

    /** Adds a query parameter unless its value is null or empty. */
    LocalExchange param(String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
        }
        return this;
    }

    LocalExchange header(String name, String value) {
        if (value != null) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
        }
        return this;
    }

    int status() {
        return status;
    }

    JsonNode answer() {
        return answer;
    }

    LocalWatch watch() {
        return watch;
    }

    @Override
    public void start(WatchHandler.Loop loop) {
        if (watches == null) {
            throw Errors.badRequest("watch is not supported on this call");
        }
        watch = watches.apply(loop);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    @Override
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean secure() {
        return true;
    }

    @Override
    public X509Certificate[] peerCertificates() {
        return null;
    }

    /** Only the subresources that read raw bytes (binding, eviction, scale, finalize) come here: they get the tree as JSON. */
    @Override
    public byte[] body() {
        return body == null ? new byte[0] : Json.bytes(body);
    }

    @Override
    public JsonNode object(ResourceType type, String fieldValidation, Consumer<String> warnings) {
        return required(); // a tree has no repeated fields
    }

    @Override
    public JsonNode tree() {
        return required();
    }

    @Override
    public JsonNode yaml() {
        return required();
    }

    @Override
    public JsonNode optionalTree() {
        return body;
    }

    private JsonNode required() {
        if (body == null || body.isMissingNode()) {
            throw Errors.badRequest("the request body is empty; it must be a JSON object");
        }
        return body;
    }

    @Override
    public void warning(String text) {
        // dropped: no caller reads warnings yet (docs/client.md)
    }

    @Override
    public void drainBody() {
    }

    @Override
    public void json(int code, JsonNode tree) {
        answer(code, tree);
    }

    @Override
    public void json(int code, String contentType, JsonNode tree) {
        answer(code, tree);
    }

    @Override
    public void bytes(int code, String contentType, byte[] bytes) {
        answer(code, contentType != null && contentType.startsWith("application/json") ? Json.parseObject(bytes)
                : TextNode.valueOf(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public void text(int code, String text) {
        answer(code, TextNode.valueOf(text));
    }

    private void answer(int code, JsonNode tree) {
        if (answer == null) {
            status = code;
            answer = tree;
        }
    }

    @Override
    public void error(ApiException e) {
        throw e;
    }

    @Override
    public void upgrade(org.eclipse.jetty.websocket.server.ServerWebSocketContainer container,
            org.eclipse.jetty.websocket.server.WebSocketCreator creator) {
        throw Errors.badRequest("the request is not a valid WebSocket upgrade");
    }

    @Override
    public boolean clientGone() {
        return false;
    }

    @Override
    public void idleTimeout(long millis) {
    }

    /** A handler that streams its answer as bytes (a big LIST) is collected and parsed: text, but off the object paths. */
    @Override
    public OutputStream stream(int code, String contentType) {
        streamed = code;
        return new java.io.ByteArrayOutputStream();
    }

    @Override
    public void finishStream(OutputStream out) {
        if (out instanceof java.io.ByteArrayOutputStream collected && streamed > 0) {
            answer(streamed, Json.parseObject(collected.toByteArray()));
        }
    }

    @Override
    public void abort(Throwable cause) {
        failure = cause;
    }

    /** Why the handler gave up mid-answer, or null. */
    Throwable failure() {
        return failure;
    }

    @Override
    public boolean committed() {
        return answer != null || watch != null || streamed > 0;
    }
}
