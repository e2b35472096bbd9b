package io.keelson.benchmarks.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown tables of an API benchmark run, filled phase by phase. */
final class Report {

    private final StringBuilder closed = new StringBuilder(
            "| operation | clients | transport | API p50 (ms) | API p99 (ms) | API req/s | store p50 (ms) | store p99 (ms) | store ops/s"
                    + " | p50 ratio | p99 ratio | throughput ratio store/API | failed |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    private final StringBuilder open = new StringBuilder(
            "| target | rate (req/s) | requests | p50 (ms) | p99 (ms) | max (ms) | p99 ratio API/store | failed |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    private final StringBuilder list = new StringBuilder(
            "| target | form | transport | median (ms) | max (ms) | repeats | body (MiB) | ratio to store range |\n|---|---|---|---:|---:|---:|---:|---:|\n");
    private final StringBuilder watch = new StringBuilder(
            "| target | watchers (connected) | connect all (s) | rounds | receipts | p50 from ack (ms) | p99 from ack (ms) | max from ack (ms)"
                    + " | worst round p99 (ms) | p99 from send (ms) | before ack | missing | server watchers left 15 s after close"
                    + " | warm-up rounds' p99 (ms, not counted) |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    private final StringBuilder heap = new StringBuilder("| measure | value |\n|---|---:|\n");
    private final List<String> targets = new ArrayList<>();

    void closed(String op, int clients, String transport, Load.Result api, Load.Result store) {
        closed.append(row(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %,.0f | %s | %s | %,.0f | %s | %s | %s | %s |%n", op, clients, transport,
                Latency.ms(api.latency().p(50)), Latency.ms(api.latency().p(99)), api.perSecond(), Latency.ms(store.latency().p(50)),
                Latency.ms(store.latency().p(99)), store.perSecond(), Latency.ratio(api.latency().p(50), store.latency().p(50)),
                Latency.ratio(api.latency().p(99), store.latency().p(99)), Latency.ratio(store.perSecond(), api.perSecond()),
                failed(api))));
    }

    void open(String target, int rate, Load.Result r, Load.Result store) {
        open.append(row(String.format(Locale.ROOT, "| %s | %d | %,d | %s | %s | %s | %s | %s |%n", target, rate, r.latency().count(),
                Latency.ms(r.latency().p(50)), Latency.ms(r.latency().p(99)), Latency.ms(r.latency().max()),
                store == null ? "" : Latency.ratio(r.latency().p(99), store.latency().p(99)), failed(r))));
    }

    void list(String target, String form, String transport, BigList.Result r, BigList.Result store) {
        list.append(row(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %.1f | %s |%n", target, form, transport, Latency.ms(r.median()),
                Latency.ms(r.max()), r.repeats(), r.bytes() / 1048576.0, store == null ? "" : Latency.ratio(r.median(), store.median()))));
    }

    void watch(String target, FanOut.Result r) {
        watch.append(row(String.format(Locale.ROOT, "| %s | %d (%d) | %.1f | %d | %,d | %s | %s | %s | %s | %s | %d | %d | %s | %s |%n", target,
                r.watchers(), r.established(), r.establishSeconds(), r.rounds(), r.receipts(), Latency.ms(r.fromAck().p(50)),
                Latency.ms(r.fromAck().p(99)), Latency.ms(r.fromAck().max()), Latency.ms(r.worstRoundP99()), Latency.ms(r.fromSend().p(99)),
                r.beforeAck(), r.missing(), r.leftAfterClose() < 0 ? "" : Integer.toString(r.leftAfterClose()),
                String.join(", ", r.warmUpP99().stream().map(Latency::ms).toList()))));
    }

    void watchRatio(FanOut.Result api, FanOut.Result store) {
        watch.append(String.format(Locale.ROOT, "| ratio API/store | | | | | %s | %s | %s | | %s | | | | |%n", Latency.ratio(api.fromAck().p(50),
                store.fromAck().p(50)), Latency.ratio(api.fromAck().p(99), store.fromAck().p(99)),
                Latency.ratio(api.fromAck().max(), store.fromAck().max()), Latency.ratio(api.fromSend().p(99), store.fromSend().p(99))));
    }

    void heap(String measure, String value) {
        heap.append(row("| " + measure + " | " + value + " |\n"));
    }

    /** Shows a row as soon as it is measured too, so an interrupted run still tells what it got. */
    private static String row(String row) {
        System.err.print("  " + row);
        return row;
    }

    void target(String target, String figure, boolean met) {
        targets.add("| " + target + " | " + figure + " | " + (met ? "met" : "**missed**") + " |");
    }

    private static String failed(Load.Result r) {
        return r.unfinished() > 0 ? r.failed() + " (+" + r.unfinished() + " unfinished)" : Long.toString(r.failed());
    }

    String render(Failures failures, String phases) {
        return "### Closed loop: latency and throughput (each client sends its next request when the last returns)\n\n" + closed
                + "\n### Open loop: create at a fixed rate (latency from the intended send time)\n\n" + open
                + "\n### LIST of one namespace's pods\n\n" + list
                + "\n### Watch fan-out: one update, every watcher's receipt\n\n" + watch
                + "\n### Heap\n\n" + heap
                + "\n### Targets\n\n| target | figure | |\n|---|---|---|\n" + String.join("\n", targets) + "\n"
                + "\n### Failures\n\n" + failures.table()
                + "\n### Conditions per phase\n\n" + phases;
    }
}
