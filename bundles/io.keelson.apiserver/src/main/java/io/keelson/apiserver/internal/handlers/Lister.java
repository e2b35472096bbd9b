package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** LIST: a consistent read at one revision, filtered by selectors, paged by limit and continue tokens. */
public final class Lister {

    /** A page of objects, the revision it was read at, and what to continue with. */
    public record Page(List<ObjectNode> items, long revision, String continueToken, Long remainingItemCount) {
    }

    /** The most keys read from the store at once: bounds a big list's memory, and its first bytes leave early. */
    static final int PAGE = 1000;
    private final ObjectStorage storage;

    public Lister(ObjectStorage storage) {
        this.storage = storage;
    }

    public Page list(ResourceType type, String namespace, LabelSelector labels, FieldSelector fields, long limit, String continueToken) {
        List<ObjectNode> items = new ArrayList<>();
        try {
            End end = scan(type, namespace, labels, fields, limit, continueToken, 0, revision -> {
            }, (kv, decoded) -> items.add(decoded != null ? decoded : ObjectStorage.decode(kv).object()));
            return new Page(items, end.revision(), end.continueToken(), end.remainingItemCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink above does no I/O
        }
    }

    /** Where a scan hands what it reads: the revision before any item, then the matching items in key order. */
    public interface Sink {
        void item(KeyValue kv, ObjectNode decodedOrNull) throws IOException;
    }

    /** Called once with the list's revision, before the first item. */
    public interface Start {
        void revision(long revision) throws IOException;
    }

    /** How a scan ended: the revision it read at, and what to continue with. */
    public record End(long revision, String continueToken, Long remainingItemCount) {
    }

    /**
     * Reads the matching objects in pages of the store (at most {@link #PAGE} keys at a time, the next read ahead, all at the
     * revision of the first, or at {@code atRevision} when not 0), so a caller may write each as it comes. Objects are decoded only when a
     * selector must look at them; otherwise the sink gets the stored bytes and null.
     */
    public End scan(ResourceType type, String namespace, LabelSelector labels, FieldSelector fields, long limit, String continueToken,
            long atRevision, Start startSink, Sink sink) throws IOException {
        String prefix = ObjectStorage.prefix(type, namespace);
        long revision = atRevision;
        String start = null;
        if (continueToken != null && !continueToken.isEmpty()) {
            Token t = Token.decode(continueToken);
            if (t.rv() > storage.store().revision()) {
                throw Errors.badRequest("continue key is not valid: the resource version " + t.rv() + " is in the future");
            }
            revision = t.rv();
            start = prefix + t.start();
        }
        boolean filtered = !labels.isEmpty() || !fields.isEmpty();
        long taken = 0;
        boolean more = false;
        boolean started = false;
        Long remaining = null;
        try (Pages pages = new Pages(storage, prefix, continueToken != null)) {
            while (true) {
                int chunk = limit <= 0 ? PAGE : (int) Math.min(PAGE, Math.max(limit - taken, filtered ? 100 : 1));
                RangeResult result = pages.read(start, chunk, revision);
                if (limit <= 0 && result.more()) {
                    pages.readAhead(result.continueKey(), PAGE, result.revision());
                }
                revision = result.revision();
                if (!started) {
                    started = true;
                    startSink.revision(revision);
                }
                String lastKey = null;
                for (KeyValue kv : result.kvs()) {
                    if (limit > 0 && taken >= limit) {
                        break;
                    }
                    lastKey = kv.key();
                    if (filtered) {
                        ObjectNode object = ObjectStorage.decode(kv).object();
                        if (matches(object, labels, fields)) {
                            taken++;
                            sink.item(kv, object);
                        }
                    } else {
                        taken++;
                        sink.item(kv, null);
                    }
                }
                boolean cutShort = lastKey != null && !lastKey.equals(result.kvs().get(result.kvs().size() - 1).key());
                if (!result.more() && !cutShort) {
                    break;
                }
                start = lastKey + "\0";
                if (limit > 0 && taken >= limit) {
                    more = true;
                    if (!filtered) {
                        remaining = result.count() - result.kvs().size() + (cutShort ? 1 : 0);
                    }
                    break;
                }
            }
        }
        String token = more ? new Token(revision, start.substring(prefix.length())).encode() : null;
        return new End(revision, token, remaining);
    }

    public static boolean matches(JsonNode object, LabelSelector labels, FieldSelector fields) {
        return labels.matches(Json.at(object, "metadata.labels")) && fields.matches(object);
    }

    /** The continue token: base64 JSON with the list revision and the next key, like Kubernetes' own. */
    record Token(long rv, String start) {
        String encode() {
            ObjectNode n = Json.object().put("v", "meta.k8s.io/v1").put("rv", rv).put("start", start);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(n));
        }

        static Token decode(String token) {
            try {
                JsonNode n = Json.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8));
                String start = n.path("start").asText(null);
                JsonNode rvNode = n.path("rv");
                if (!"meta.k8s.io/v1".equals(n.path("v").asText()) || start == null || start.contains("..")
                        || !rvNode.isIntegralNumber() || !rvNode.canConvertToLong() || rvNode.asLong() <= 0) {
                    throw new IllegalArgumentException("bad fields");
                }
                if (start.isEmpty()) {
                    throw new IllegalArgumentException("encoded start key empty");
                }
                return new Token(rvNode.asLong(), start);
            } catch (Exception e) {
                throw Errors.badRequest("continue key is not valid: " + (e.getMessage() == null ? "malformed" : e.getMessage()));
            }
        }
    }
}
