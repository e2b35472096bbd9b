package io.keelson.client.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.ObjectList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The JSON both transports read and write alike: a list answer and the DeleteOptions body. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A list answer's items (each read by {@code convert}), resourceVersion, continue token and remainingItemCount. */
    public static <T> ObjectList<T> objectList(JsonNode answer, Function<JsonNode, T> convert) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(convert.apply(item));
        }
        JsonNode meta = answer.path("metadata");
        JsonNode remaining = meta.get("remainingItemCount");
        return new ObjectList<>(items, meta.path("resourceVersion").asText(""), meta.path("continue").asText(null),
                remaining == null || remaining.isNull() ? null : remaining.asLong());
    }

    /** Kubernetes' DeleteOptions body (kind, apiVersion v1), with only the options that are set. */
    public static ObjectNode deleteOptions(DeleteOptions o) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("kind", "DeleteOptions").put("apiVersion", "v1");
        if (o.gracePeriodSeconds() != null) {
            n.put("gracePeriodSeconds", o.gracePeriodSeconds());
        }
        if (o.propagationPolicy() != null) {
            n.put("propagationPolicy", o.propagationPolicy());
        }
        if (o.preconditionUid() != null || o.preconditionResourceVersion() != null) {
            ObjectNode pre = n.putObject("preconditions");
            if (o.preconditionUid() != null) {
                pre.put("uid", o.preconditionUid());
            }
            if (o.preconditionResourceVersion() != null) {
                pre.put("resourceVersion", o.preconditionResourceVersion());
            }
        }
        return n;
    }
}
