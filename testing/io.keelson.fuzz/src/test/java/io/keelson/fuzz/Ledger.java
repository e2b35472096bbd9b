package io.keelson.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What happened to every request: counts per category and status class, and each kind of violation with the requests behind it. */
final class Ledger {

    /** Per category: requests, 2xx, 4xx, 5xx, no answer, 504 for a resourceVersion ahead of the store (Kubernetes' answer too). */
    final Map<Category, int[]> counts = new EnumMap<>(Category.class);
    final Map<Integer, Integer> statusByIndex = new TreeMap<>();
    final Map<String, List<String>> violations = new LinkedHashMap<>();
    final Map<String, List<String>> divergences = new LinkedHashMap<>();
    final Map<Integer, Integer> statusHistogram = new TreeMap<>();
    int requests;
    int fiveHundreds;
    /** 504 "Too large resource version" to a list ahead of the store: Kubernetes answers so too, so it is no server failure. */
    int resourceVersionTooLarge;

    void answered(Req r, int status, boolean rvTooLarge) {
        requests++;
        statusByIndex.put(r.index(), status);
        statusHistogram.merge(status, 1, Integer::sum);
        int[] c = counts.computeIfAbsent(r.category(), k -> new int[6]);
        c[0]++;
        if (rvTooLarge) {
            c[5]++;
            resourceVersionTooLarge++;
        } else if (status >= 200 && status < 300) {
            c[1]++;
        } else if (status >= 400 && status < 500) {
            c[2]++;
        } else if (status >= 500) {
            c[3]++;
            fiveHundreds++;
        }
    }

    void unanswered(Req r, String why) {
        requests++;
        statusByIndex.put(r.index(), -1);
        counts.computeIfAbsent(r.category(), k -> new int[6])[4]++;
        violation("no HTTP response", r.describe() + " => " + why);
    }

    boolean succeeded(int index) {
        Integer s = statusByIndex.get(index);
        return s != null && s >= 200 && s < 300;
    }

    void violation(String kind, String detail) {
        violations.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(detail);
    }

    /** Differences from Kubernetes that the fuzz run does not fail on (no 5xx, nothing invalid stored), reported all the same. */
    void divergence(String kind, String detail) {
        divergences.computeIfAbsent(kind, k -> new ArrayList<>()).add(detail);
    }

    int violationCount() {
        return violations.values().stream().mapToInt(List::size).sum();
    }

    String report(long seed, long millis) {
        StringBuilder b = new StringBuilder();
        b.append("fuzz seed=").append(seed).append(" requests=").append(requests).append(" 5xx=").append(fiveHundreds)
                .append(" 504-rv-too-large=").append(resourceVersionTooLarge)
                .append(" violations=").append(violationCount()).append(" time=").append(millis / 1000).append("s\n");
        b.append(String.format("%-22s %6s %6s %6s %6s %6s %6s%n", "category", "sent", "2xx", "4xx", "5xx", "noans", "504rv"));
        counts.forEach((c, n) -> b.append(String.format("%-22s %6d %6d %6d %6d %6d %6d%n", c, n[0], n[1], n[2], n[3], n[4], n[5])));
        b.append("statuses: ").append(statusHistogram).append('\n');
        section(b, "VIOLATIONS", violations);
        section(b, "DIVERGENCES FROM KUBERNETES (not failing the run)", divergences);
        return b.toString();
    }

    /** Every violation, one a line, for grepping. */
    String fullViolations() {
        StringBuilder b = new StringBuilder();
        violations.forEach((k, list) -> list.forEach(d -> b.append(k).append(" | ").append(d.replace("\n", "\\n")).append('\n')));
        divergences.forEach((k, list) -> list.forEach(d -> b.append("DIVERGENCE ").append(k).append(" | ").append(d).append('\n')));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, Map<String, List<String>> m) {
        b.append("== ").append(title).append(m.isEmpty() ? ": none\n" : "\n");
        m.forEach((k, list) -> {
            b.append("-- ").append(k).append(" (").append(list.size()).append(")\n");
            list.stream().limit(25).forEach(d -> b.append("   ").append(d.length() > 600 ? d.substring(0, 600) + "..." : d).append('\n'));
        });
    }
}
