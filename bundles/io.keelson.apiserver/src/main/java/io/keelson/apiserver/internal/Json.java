package io.keelson.apiserver.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper, and small JSON tree helpers used everywhere. */
public final class Json {

    /** fabric8 types MicroTime fields (Lease renewTime, Event eventTime) as ZonedDateTime with a pattern: java.time needed. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode parseObject(byte[] bytes) {
        try {
            return (ObjectNode) MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text at a dotted path ("metadata.name"), or null. */
    public static String text(JsonNode node, String dottedPath) {
        JsonNode n = at(node, dottedPath);
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    /** The text at a dotted path, or {@code fallback} when absent or null. */
    public static String text(JsonNode node, String dottedPath, String fallback) {
        String t = text(node, dottedPath);
        return t == null ? fallback : t;
    }

    public static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode n = node;
        for (String part : dottedPath.split("\\.")) {
            if (n == null) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }

    public static ObjectNode metadata(ObjectNode object) {
        JsonNode meta = object.get("metadata");
        if (meta instanceof ObjectNode o) {
            return o;
        }
        return object.putObject("metadata");
    }

    public static ObjectNode child(ObjectNode parent, String field) {
        JsonNode n = parent.get(field);
        return n instanceof ObjectNode o ? o : parent.putObject(field);
    }
}
