package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** One kind's table: its columns and how to fill a row (always every column, wide ones included). */
record Printer(List<Col> columns, BiFunction<HasMetadata, Instant, List<Object>> cells) {

    /** A column as Kubernetes declares it; priority 1 means shown only with -o wide. */
    record Col(String name, String type, String format, String description, int priority) {
        TableColumnDefinition definition() {
            TableColumnDefinition d = new TableColumnDefinition();
            d.setName(name);
            d.setType(type);
            d.setFormat(format);
            d.setDescription(description);
            d.setPriority(priority);
            return d;
        }
    }

    static final String NAME_DOC = "Name must be unique within a namespace. Is required when creating resources, "
        + "although some resources may allow a client to request the generation of an appropriate name "
        + "automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot "
        + "be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
    static final String AGE_DOC = "CreationTimestamp is a timestamp representing the server time when this object "
        + "was created. It is not guaranteed to be set in happens-before order across separate operations. Clients "
        + "may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. "
        + "Read-only. Null for lists. More info: "
        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

    static Col name() {
        return new Col("Name", "string", "name", NAME_DOC, 0);
    }

    static Col age() {
        return new Col("Age", "string", "", AGE_DOC, 0);
    }

    static Col col(String name, String description) {
        return new Col(name, "string", "", description, 0);
    }

    static Col integer(String name, String description) {
        return new Col(name, "integer", "", description, 0);
    }

    static Col wide(String name, String description) {
        return new Col(name, "string", "", description, 1);
    }

    static List<Col> cols(Col... cols) {
        return List.of(cols);
    }

    static List<TableColumnDefinition> definitions(List<Col> cols) {
        List<TableColumnDefinition> out = new ArrayList<>();
        for (Col c : cols) {
            out.add(c.definition());
        }
        return out;
    }
}
