package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import io.keelson.apiserver.internal.storage.ListItemBytes;
import io.keelson.apiserver.internal.table.TableConverter;
import io.keelson.apiserver.internal.table.TableRows;
import io.keelson.store.api.KeyValue;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A LIST response written as the store is read: the list's metadata first (as Kubernetes orders it),
 * then each item. Without a limit the metadata is known after the first store page and items stream;
 * with a limit (or continue) the page's stored values are gathered first, since its continue token
 * and remaining count are known only at its end.
 */
final class ListBody {

    private ListBody() {
    }

    /** {@code revision}: the revision to read at, 0 for the latest (a continue token brings its own). */
    record Query(String namespace, LabelSelector labels, FieldSelector fields, long limit, String continueToken, long revision) {
    }

    static void write(Exchange ex, Context context, Lister lister, ResourceType type, Query q) {
        boolean table = TableConverter.wanted(ex.header("Accept"));
        String includeObject = ex.query("includeObject");
        Instant now = Instant.now(context.clock());
        LazyBody body = new LazyBody(ex, "application/json");
        try {
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(body);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            boolean[] first = {true};
            Lister.Sink item = (kv, decoded) -> {
                if (table) {
                    TableConverter.checkIncludeObject(includeObject); // the first row is in the buffer still: a Status
                    TableRows.write(g, context.rules(), type, kv, includeObject, now);
                    return;
                }
                // the items' stored bytes go out as they are, past the generator (which wrote the list's head)
                if (!first[0]) {
                    body.write(',');
                }
                first[0] = false;
                ListItemBytes.write(kv, body);
            };
            if (q.limit() > 0 || (q.continueToken() != null && !q.continueToken().isEmpty())) {
                List<KeyValue> kvs = new ArrayList<>();
                List<ObjectNode> decoded = new ArrayList<>();
                Lister.End end = lister.scan(type, q.namespace(), q.labels(), q.fields(), q.limit(), q.continueToken(), q.revision(), rv -> {
                }, (kv, d) -> {
                    kvs.add(kv);
                    decoded.add(d);
                });
                begin(g, context, type, table, end.revision(), end.continueToken(), end.remainingItemCount());
                for (int i = 0; i < kvs.size(); i++) {
                    item.item(kvs.get(i), decoded.get(i));
                }
            } else {
                lister.scan(type, q.namespace(), q.labels(), q.fields(), 0, null, q.revision(),
                        rv -> begin(g, context, type, table, rv, null, null), item);
            }
            if (table) {
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
            } else {
                body.write(']');
                body.write('}');
            }
            body.finish();
        } catch (IOException e) {
            ex.abort(e); // the client went away
        } catch (RuntimeException e) {
            if (!body.streaming()) {
                throw e; // nothing sent yet: answered as a Status
            }
            ex.abort(e);
        }
    }

    /** The list's kind, apiVersion, metadata (and a Table's columns), up to the opening of the items. */
    private static void begin(JsonGenerator g, Context context, ResourceType type, boolean table, long revision, String continueToken,
            Long remaining) throws IOException {
        String rv = Long.toString(revision);
        ObjectNode head;
        if (table) {
            head = TableConverter.header(context.rules(), type, rv, continueToken, remaining);
        } else {
            head = Json.object().put("kind", type.listKind()).put("apiVersion", type.apiVersion());
            ObjectNode meta = head.putObject("metadata").put("resourceVersion", rv);
            if (continueToken != null) {
                meta.put("continue", continueToken);
            }
            if (remaining != null) {
                meta.put("remainingItemCount", remaining);
            }
        }
        g.writeStartObject();
        var fields = head.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            g.writeFieldName(f.getKey());
            Json.MAPPER.writeTree(g, f.getValue());
        }
        g.writeFieldName(table ? "rows" : "items");
        g.writeStartArray();
        g.flush();
    }
}
