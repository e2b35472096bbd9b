package io.keelson.apiserver.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Errors Jetty answers itself (bad URIs, oversized headers) as a Kubernetes Status, not an HTML page. */
public final class StatusErrorHandler extends ErrorHandler {

    /** Every method gets a body (Jetty's default writes none for methods other than GET, POST and HEAD). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // Jetty gives up the connection after its own errors
        response.write(true, ByteBuffer.wrap(Json.bytes(status(code, message))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(Json.bytes(status(code, reason)));
    }

    private static ObjectNode status(int code, String message) {
        String reason = switch (code) {
            case 400, 414, 431 -> "BadRequest";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 413 -> "RequestEntityTooLarge";
            case 415 -> "UnsupportedMediaType";
            default -> code >= 500 ? "InternalError" : null;
        };
        return Errors.status(code, reason, message == null || message.isEmpty() ? "the request could not be read" : message);
    }
}
