package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.table.TableConverter;
import java.time.Instant;
import java.util.List;

/** Writes objects and lists, as JSON or as a Table when the client asks for one. */
public final class Responses {

    private Responses() {
    }

    public static ObjectNode typed(ResourceType type, ObjectNode object) {
        ObjectNode out = Json.object().put("apiVersion", type.apiVersion()).put("kind", type.kind());
        object.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("kind") && !e.getKey().equals("apiVersion")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    public static void object(Exchange ex, Context context, ResourceType type, int status, ObjectNode object) {
        if (TableConverter.wanted(ex.header("Accept"))) {
            TableConverter.checkIncludeObject(ex.query("includeObject"));
            ex.json(status, TableConverter.table(context.rules(), type, List.of(object), null, null, ex.query("includeObject"),
                    Instant.now(context.clock())));
        } else {
            ex.json(status, typed(type, object));
        }
    }
}
