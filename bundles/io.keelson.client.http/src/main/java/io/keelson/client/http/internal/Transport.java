package io.keelson.client.http.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fabric8.kubernetes.api.model.Status;
import io.keelson.client.api.ConnectionException;
import io.keelson.client.api.KubeException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests and answers: one HttpClient, JSON in and out, every non-2xx answer a {@link KubeException}. */
final class Transport {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final HttpClient http;
    final URI server;
    /** Watches not yet ended, so closing the client ends them cleanly. */
    final java.util.Set<HttpWatch<?>> openWatches = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Transport(HttpClient http, URI server) {
        this.http = http;
        this.server = server;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(server.resolve(pathAndQuery)).header("Accept", "application/json")
                .header("User-Agent", "keelson-client/1.0");
    }

    /** Sends the request; the answer body as a JSON tree. */
    JsonNode send(String method, String pathAndQuery, String contentType, byte[] body) {
        HttpRequest.Builder b = request(pathAndQuery).timeout(Duration.ofMinutes(2));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ConnectionException(method + " " + server.resolve(pathAndQuery) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(method + " " + pathAndQuery + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new KubeException(KubeException.status(response.statusCode(), "InternalError",
                    "the server's answer is not JSON: " + e.getMessage()), e);
        }
    }

    /** The exception for an error answer: its Status when it is one, else one made from the code. */
    static KubeException failure(int code, byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && "Status".equals(n.path("kind").asText())) {
                Status status = JSON.treeToValue(n, Status.class);
                if (status.getCode() == null || status.getCode() == 0) {
                    status.setCode(code);
                }
                return KubeException.of(status);
            }
        } catch (IOException e) {
            // not JSON: described below
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return KubeException.of(KubeException.status(code, reason(code), text.isEmpty() ? "HTTP " + code : text));
    }

    private static String reason(int code) {
        return switch (code) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 415 -> "UnsupportedMediaType";
            case 422 -> "Invalid";
            case 429 -> "TooManyRequests";
            case 503 -> "ServiceUnavailable";
            default -> code >= 500 ? "InternalError" : "Unknown";
        };
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new KubeException(KubeException.status(500, "InternalError",
                    "cannot read the server's " + type.getSimpleName() + ": " + e.getMessage()), e);
        }
    }
}
