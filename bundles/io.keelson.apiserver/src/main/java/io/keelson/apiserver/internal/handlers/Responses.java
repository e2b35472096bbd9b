package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
            ex.json(status, TableConverter.table(context.rules(), type, List.of(object), null, null, ex.query("includeObject"),
                    Instant.now(context.clock())));
        } else {
            ex.json(status, typed(type, object));
        }
    }

    public static void list(Exchange ex, Context context, ResourceType type, Lister.Page page) {
        String rv = Long.toString(page.revision());
        if (TableConverter.wanted(ex.header("Accept"))) {
            ex.json(200, TableConverter.table(context.rules(), type, page.items(), rv, page.continueToken(), ex.query("includeObject"),
                    Instant.now(context.clock())));
            return;
        }
        ObjectNode list = Json.object().put("kind", type.listKind()).put("apiVersion", type.apiVersion());
        ObjectNode meta = list.putObject("metadata").put("resourceVersion", rv);
        if (page.continueToken() != null) {
            meta.put("continue", page.continueToken());
        }
        if (page.remainingItemCount() != null) {
            meta.put("remainingItemCount", page.remainingItemCount());
        }
        ArrayNode items = list.putArray("items");
        for (ObjectNode item : page.items()) {
            // Kubernetes leaves kind/apiVersion off list items
            item.remove("kind");
            item.remove("apiVersion");
            items.add(item);
        }
        ex.json(200, list);
    }
}
