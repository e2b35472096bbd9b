package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Store benchmark: {@code StoreBenchmark [target ...]} (default: every registered target), prints
 * a Markdown table. Run it with {@code testing/io.keelson.benchmarks/run-store-bench sqlite}.
 */
public final class StoreBenchmark {

    /** The stores the benchmark knows; add a target with one line here. */
    static final Map<String, Supplier<StoreTarget>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("sqlite", SqliteTarget::new);
        TARGETS.put("etcd", EtcdTarget::new);
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 ? new ArrayList<>(TARGETS.keySet()) : List.of(args);
        List<String> rows = new ArrayList<>();
        for (String name : names) {
            Supplier<StoreTarget> target = TARGETS.get(name);
            if (target == null) {
                System.err.println("unknown store target " + name + "; known: " + TARGETS.keySet());
                System.exit(2);
            }
            rows.add(run(target.get()));
        }
        System.out.println();
        System.out.println("| store | CAS writes/s, 1 writer | CAS writes/s, 32 writers | range 10,000 keys (ms)"
                + " | watch latency p50 (ms) | watch latency p99 (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.exit(0); // exec:java waits for stray non-daemon threads otherwise
    }

    private static String run(StoreTarget target) throws Exception {
        Path tmp = Files.createTempDirectory("keelson-bench-" + target.name());
        try {
            KeyValueStore store = target.open(tmp);
            Workloads w = new Workloads(store);
            log(target, "CAS writes, 1 writer");
            double one = w.casWritesPerSecond(1, 1000, 5000);
            log(target, "CAS writes, 32 writers");
            double many = w.casWritesPerSecond(32, 1000, 5000);
            log(target, "range of 10,000 keys");
            double range = w.rangeMillis(10_000, 11);
            log(target, "watch latency");
            double[] latency = w.watchLatencyMillis(8, 500);
            return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f | %.2f | %.2f |", target.name(), one, many,
                    range, latency[0], latency[1]);
        } finally {
            target.close();
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void log(StoreTarget target, String what) {
        System.err.println("[" + target.name() + "] " + what + " ...");
    }
}
