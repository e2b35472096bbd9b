package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.BiFunction;

/** One table column: its definition and how to compute its cell from an object. */
public record Column(String name, String type, String format, String description, int priority,
        BiFunction<ObjectNode, Instant, Object> cell) {

    public static Column name(String what) {
        return new Column("Name", "string", "name", "Name must be unique within a namespace. Is required when creating resources, although "
                + "some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily "
                + "intended for creation idempotence and configuration definition. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names", 0,
                (o, now) -> o.path("metadata").path("name").asText(""));
    }

    public static Column age() {
        return new Column("Age", "string", "", "CreationTimestamp is a timestamp representing the server time when this object was "
                + "created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this "
                + "value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More "
                + "info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata", 0,
                (o, now) -> Age.since(o.path("metadata").path("creationTimestamp").asText(null), now));
    }

    public static Column string(String name, String description, int priority, BiFunction<ObjectNode, Instant, Object> cell) {
        return new Column(name, "string", "", description, priority, cell);
    }

    public static Column integer(String name, String description, int priority, BiFunction<ObjectNode, Instant, Object> cell) {
        return new Column(name, "integer", "", description, priority, cell);
    }
}
