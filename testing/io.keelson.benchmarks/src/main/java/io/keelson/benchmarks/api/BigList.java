package io.keelson.benchmarks.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;

/**
 * LIST of one namespace's N pods, as JSON and as a Table, timed from send to the last byte; each
 * answer is checked to hold N items (rows). Beside it: a store range of the same keys.
 */
final class BigList {

    static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Median and max milliseconds over the measured repeats, and the body size. */
    record Result(double median, double max, long bytes, int repeats) {
    }

    private BigList() {
    }

    static Result api(Http http, Failures failures, String phase, String ns, String accept, int expected, int repeats) throws Exception {
        double[] millis = new double[repeats];
        long bytes = 0;
        for (int r = -1; r < repeats; r++) { // the first is a warm-up
            long start = System.nanoTime();
            Http.Reply reply = http.call("GET", ApiOps.pods(ns), accept, null);
            double ms = (reply.doneNanos() - start) / 1e6;
            if (!reply.is(200)) {
                failures.add(phase, "LIST " + expected + " pods" + (accept == null ? "" : " as Table"), reply);
                return new Result(Double.NaN, Double.NaN, 0, 0);
            }
            int items = count(reply.body(), accept == null ? "items" : "rows");
            if (items != expected) {
                throw new IllegalStateException(phase + ": LIST returned " + items + " items, expected " + expected);
            }
            bytes = reply.body().length();
            System.err.printf(java.util.Locale.ROOT, "  %s LIST%s: %.0f ms%s%n", phase, accept == null ? "" : " as Table", ms, r < 0 ? " (warm-up)" : "");
            if (r >= 0) {
                millis[r] = ms;
            }
        }
        return summary(millis, bytes);
    }

    /** The server's store ranging the same keys, timed inside the server's JVM (the first range is a warm-up). */
    static Result store(ServerHandle server, String prefix, int expected, int repeats) throws Exception {
        double[] answer = server.ranges(prefix, repeats + 1);
        if ((int) answer[answer.length - 1] != expected) {
            throw new IllegalStateException("store range returned " + (int) answer[answer.length - 1] + " values, expected " + expected);
        }
        return summary(Arrays.copyOfRange(answer, 1, repeats + 1), server.size(prefix)[1]);
    }

    private static Result summary(double[] millis, long bytes) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(sorted[sorted.length / 2], sorted[sorted.length - 1], bytes, sorted.length);
    }

    /** Elements of a top-level array field, counted by streaming (not timed). */
    private static int count(String body, String field) throws Exception {
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals(field)) {
                    p.skipChildren();
                    continue;
                }
                int n = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                    n++;
                }
                return n;
            }
            return -1;
        }
    }
}
