package io.keelson.apiserver.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.Yaml;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.function.Consumer;

/**
 * One request and its answer: the small surface handlers use. Over HTTP it is {@link JettyExchange};
 * in-process it is {@code local.LocalExchange}, whose body is a tree already and whose answer is kept
 * as a tree. Handlers take bodies as trees ({@link #object}, {@link #tree}, {@link #yaml},
 * {@link #optionalTree}) so the in-process path never serialises; the defaults here parse {@link #body()}.
 */
public abstract class Exchange {

    /** Kubernetes' default request body limit (3 MiB). */
    public static final int MAX_BODY = 3 * 1024 * 1024;

    /** The authenticated caller (null for public paths); SelfSubjectReview answers with it. */
    private Authenticator.User user;

    public Authenticator.User user() {
        return user;
    }

    public void user(Authenticator.User caller) {
        this.user = caller;
    }

    public abstract String method();

    public abstract String path();

    public abstract String query(String name);

    /** Every value of a repeated query parameter, in order. */
    public abstract java.util.List<String> queryValues(String name);

    /** A boolean query parameter: true when present unless "false" (any case) or "0". */
    public boolean queryFlag(String name) {
        return flag(query(name));
    }

    /**
     * A boolean query value as Kubernetes converts it (runtime.Convert_Slice_string_To_bool): only absence, "false"
     * (any case) and "0" are false; any other value, the empty one too, is true ({@code ?watch=} watches).
     */
    public static boolean flag(String value) {
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    public abstract String header(String name);

    public abstract boolean secure();

    public abstract X509Certificate[] peerCertificates();

    /** The request body as bytes (empty when there is none). */
    public abstract byte[] body();

    /** An object body (POST, PUT) as a tree, its repeated fields handled as {@code fieldValidation} says. */
    public JsonNode object(ResourceType type, String fieldValidation, Consumer<String> warnings) {
        byte[] bytes = body();
        ObjectCodec.duplicates(type, bytes, fieldValidation, warnings);
        return ObjectCodec.parse(bytes);
    }

    /** A JSON body as a tree (patches); 400 when empty or no JSON. */
    public JsonNode tree() {
        return ObjectCodec.parse(body());
    }

    /** A YAML (or JSON) body as a tree: server-side apply. */
    public JsonNode yaml() {
        return Yaml.parse(body());
    }

    /** A JSON body as a tree, or null when there is none (DELETE's options). */
    public JsonNode optionalTree() {
        byte[] bytes = body();
        return bytes.length == 0 ? null : ObjectCodec.parse(bytes);
    }

    /** Adds a {@code Warning: 299 - "<text>"} header, as Kubernetes sends them (kubectl prints "Warning: <text>"). */
    public abstract void warning(String text);

    /** Reads and drops a body nobody read, so the connection can carry the next request. */
    public abstract void drainBody();

    public abstract void json(int status, JsonNode body);

    /** JSON with a media type of its own (aggregated discovery's {@code ;g=...;v=...;as=...}). */
    public abstract void json(int status, String contentType, JsonNode body);

    public abstract void bytes(int status, String contentType, byte[] body);

    public abstract void text(int status, String body);

    public abstract void error(ApiException e);

    /** Upgrades to a WebSocket; a request that is no valid upgrade gets a 400 Status. */
    public abstract void upgrade(org.eclipse.jetty.websocket.server.ServerWebSocketContainer container,
            org.eclipse.jetty.websocket.server.WebSocketCreator creator);

    /** Whether the client has closed the connection (asked by a quiet watch). */
    public abstract boolean clientGone();

    /** Lets a long response (a watch) stay idle up to {@code millis} before the connection times out. */
    public abstract void idleTimeout(long millis);

    /** Starts a streamed (chunked) response; the caller writes, then calls {@link #finishStream}. */
    public abstract OutputStream stream(int status, String contentType);

    public abstract void finishStream(OutputStream out);

    public abstract void abort(Throwable failure);

    public abstract boolean committed();
}
