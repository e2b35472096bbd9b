package io.keelson.benchmarks.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Receipt times of one change at many watchers, over rounds of one write each: latency from the
 * write's acknowledgement (and from its send) to each receipt.
 */
final class FanOut {

    /** The figures: p50/p99/max from the acknowledgement and from the send, over every receipt of every round. */
    record Result(int watchers, int established, double establishSeconds, int rounds, long receipts, long beforeAck, long missing,
            Latency fromAck, Latency fromSend, double worstRoundP99, int leftAfterClose, java.util.List<Double> warmUpP99) {
    }

    /** revision -> watcher -> receipt nanoTime. */
    private final Map<Long, Map<Integer, Long>> receipts = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Latency fromAck = new Latency();
    private final Latency fromSend = new Latency();
    private long beforeAck;
    private long missing;
    private long total;
    private double worstRoundP99;
    private int rounds;

    /** A watcher saw a change (called from any thread, at receipt). */
    void received(int watcher, long revision, long nanos) {
        receipts.computeIfAbsent(revision, r -> new ConcurrentHashMap<>()).putIfAbsent(watcher, nanos);
        counts.computeIfAbsent(revision, r -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Waits until every open watcher saw {@code revision} (or the timeout), then records the round;
     * {@code open} counts the watchers still connected, so an ended watch is not waited for.
     */
    void round(long revision, long sent, long acked, IntSupplier open, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (count(revision) < open.getAsInt() && System.currentTimeMillis() < deadline) {
            Thread.sleep(2);
        }
        int expected = open.getAsInt();
        Latency round = new Latency();
        Map<Integer, Long> seen = receipts.getOrDefault(revision, Map.of());
        for (long at : seen.values()) {
            if (at < acked) {
                beforeAck++;
            }
            fromAck.record(at - acked);
            fromSend.record(at - sent);
            round.record(at - acked);
        }
        total += seen.size();
        System.err.printf(java.util.Locale.ROOT, "  round %d: %d of %d watchers got revision %d, p99 %s ms from ack%n", rounds + 1, seen.size(),
                expected, revision, Latency.ms(round.p(99)));
        missing += Math.max(0, expected - seen.size());
        worstRoundP99 = Math.max(worstRoundP99, round.count() == 0 ? Double.NaN : round.p(99));
        rounds++;
    }

    /**
     * A warm-up round: awaited like a round and printed, not counted. The first changes to 1,000 fresh
     * connections run cold code on both sides (the server's and the load generator's write and read
     * paths, interpreted); as with the LIST's warm-up and the closed loops', the steady state is measured.
     */
    void warmUp(int number, long revision, long acked, IntSupplier open, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (count(revision) < open.getAsInt() && System.currentTimeMillis() < deadline) {
            Thread.sleep(2);
        }
        Latency round = new Latency();
        Map<Integer, Long> seen = receipts.getOrDefault(revision, Map.of());
        seen.values().forEach(at -> round.record(at - acked));
        System.err.printf(java.util.Locale.ROOT, "  warm-up round %d (not counted): %d watchers got revision %d, p99 %s ms from ack%n", number,
                seen.size(), revision, Latency.ms(round.p(99)));
        warmUpP99.add(round.count() == 0 ? Double.NaN : round.p(99));
    }

    /** The warm-up rounds' p99s (ms), in order. */
    final java.util.List<Double> warmUpP99 = new java.util.ArrayList<>();

    private int count(long revision) {
        AtomicInteger n = counts.get(revision);
        return n == null ? 0 : n.get();
    }

    /** {@code leftAfterClose}: server-side watchers still there after every client closed (-1: not known). */
    Result result(int watchers, int established, double establishSeconds, int leftAfterClose) {
        return new Result(watchers, established, establishSeconds, rounds, total, beforeAck, missing, fromAck, fromSend, worstRoundP99,
                leftAfterClose, java.util.List.copyOf(warmUpP99));
    }
}
