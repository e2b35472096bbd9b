package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The fields a JSON document names twice in one object (Go's strict decoder reports {@code duplicate field "a.b"}). */
final class DuplicateFields {

    private DuplicateFields() {
    }

    /** Dotted paths of repeated fields; empty for documents that are not JSON (YAML bodies were converted already). */
    static List<String> of(byte[] json) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            Deque<Set<String>> seen = new ArrayDeque<>();
            Deque<String> path = new ArrayDeque<>();
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        if (!seen.isEmpty()) {
                            path.addLast(field == null ? "" : field);
                        }
                        seen.push(new HashSet<>());
                        field = null;
                    }
                    case END_OBJECT -> {
                        seen.pop();
                        field = path.isEmpty() ? null : path.removeLast();
                    }
                    case START_ARRAY -> {
                        path.addLast(field == null ? "" : field);
                        seen.push(new HashSet<>());
                        field = null;
                    }
                    case END_ARRAY -> {
                        seen.pop();
                        field = path.removeLast();
                    }
                    case FIELD_NAME -> {
                        field = p.currentName();
                        if (!seen.peek().add(field)) {
                            List<String> parts = new ArrayList<>(path);
                            parts.removeIf(String::isEmpty);
                            parts.add(field);
                            out.add(String.join(".", parts));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return out; // the real parse reports what is wrong with the document
        }
        return out;
    }
}
