package io.keelson.client.local.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fabric8.kubernetes.api.model.Status;
import io.keelson.apiserver.api.ApiException;
import io.keelson.client.api.KubeException;
import java.io.IOException;

/** Typed objects to and from trees with the HTTP client's mapper settings, and server failures as client exceptions. */
final class Trees {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Trees() {
    }

    static ObjectNode tree(Object value) {
        try {
            return JSON.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new KubeException(KubeException.status(500, "InternalError",
                    "cannot read the server's " + type.getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    /** The client exception for the server's Status, picked as the HTTP client picks it ({@link KubeException#of}). */
    static KubeException failure(ApiException e) {
        Status status;
        try {
            status = JSON.treeToValue(e.status(), Status.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            status = KubeException.status(e.code(), "InternalError", e.getMessage());
        }
        if (status.getCode() == null || status.getCode() == 0) {
            status.setCode(e.code());
        }
        return KubeException.of(status);
    }

    /** A patch body given as text: parsed here, as the server would parse it (a 400 when it is no JSON). */
    static JsonNode patch(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw KubeException.of(KubeException.status(400, "BadRequest", "the request body is empty; it must be a JSON object"));
            }
            return n;
        } catch (IOException e) {
            throw KubeException.of(KubeException.status(400, "BadRequest", "the request body is not valid JSON: " + e.getMessage()));
        }
    }
}
