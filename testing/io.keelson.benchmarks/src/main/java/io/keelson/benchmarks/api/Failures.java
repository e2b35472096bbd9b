package io.keelson.benchmarks.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Unexpected outcomes by request and error, with one example each, for the report. */
public final class Failures {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    /** Counts a reply that is not the expected status. */
    public void add(String phase, String request, Http.Reply reply) {
        String error = reply.failure() != null ? reply.failure().getClass().getSimpleName() + ": " + reply.failure().getMessage()
                : "HTTP " + reply.status();
        add(phase, request, error, reply.body());
    }

    public void add(String phase, String request, String error, String body) {
        String key = phase + " | " + request + " | " + error;
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        if (body != null) {
            examples.putIfAbsent(key, body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The failures as a Markdown table (phase, request, error, count, example body). */
    public String table() {
        if (counts.isEmpty()) {
            return "No request failed or returned an unexpected status.\n";
        }
        StringBuilder b = new StringBuilder("| phase | request | error | count | example body |\n|---|---|---|---:|---|\n");
        new TreeMap<>(counts).forEach((k, n) -> {
            String[] p = k.split(" \\| ", 3);
            String example = examples.getOrDefault(k, "").replace("|", "\\|").replace("\n", " ");
            b.append("| ").append(p[0]).append(" | ").append(p[1]).append(" | ").append(p[2].replace("|", "\\|")).append(" | ")
                    .append(n.sum()).append(" | ").append(example).append(" |\n");
        });
        return b.toString();
    }
}
