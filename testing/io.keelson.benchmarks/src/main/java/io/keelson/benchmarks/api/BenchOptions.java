package io.keelson.benchmarks.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes of an API benchmark run: {@code --clients 50,500 --pods 10000 --watchers 1000 --duration 5s
 * --rate 200 --list-size 100 --rounds 5 --transports https --phases list,open,closed,watch}.
 *
 * @param clients    closed-loop concurrency levels
 * @param pods       pods loaded for the big LIST and the heap figure
 * @param watchers   concurrent watchers in the fan-out
 * @param duration   measured time of each closed- and open-loop phase (a warm-up second precedes it)
 * @param rate       open-loop create rate, requests per second
 * @param listSize   pods in the namespace the closed-loop get and list read
 * @param rounds     updates in the watch fan-out, each awaited by every watcher
 * @param transports "https" (admin client certificate) and/or "http" (the server's plain port, which takes TLS out of the
 *                   comparison with the in-process store; adds about 2.5 minutes)
 * @param phases     which of list, closed, open, watch run (the pods and the heap figure always)
 */
public record BenchOptions(List<Integer> clients, int pods, int watchers, Duration duration, int rate, int listSize, int rounds,
        List<String> transports, List<String> phases) {

    static final List<String> PHASES = List.of("list", "closed", "open", "watch");

    public static BenchOptions parse(String[] args) {
        List<Integer> clients = List.of(50, 500);
        int pods = 10_000;
        int watchers = 1000;
        Duration duration = Duration.ofSeconds(5);
        int rate = 200;
        int listSize = 100;
        int rounds = 5;
        List<String> transports = List.of("https");
        List<String> phases = PHASES;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.length ? args[++i] : "");
            switch (a.contains("=") ? a.substring(0, a.indexOf('=')) : a) {
                case "--clients" -> {
                    clients = new ArrayList<>();
                    for (String c : v.split(",")) {
                        clients.add(Integer.parseInt(c.trim()));
                    }
                }
                case "--pods" -> pods = Integer.parseInt(v);
                case "--watchers" -> watchers = Integer.parseInt(v);
                case "--duration" -> duration = duration(v);
                case "--rate" -> rate = Integer.parseInt(v);
                case "--list-size" -> listSize = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--transports" -> transports = List.of(v.split(","));
                case "--phases" -> phases = List.of(v.split(","));
                default -> throw new IllegalArgumentException("unknown option " + a + "; known: --clients --pods --watchers --duration"
                        + " --rate --list-size --rounds --transports --phases");
            }
        }
        for (String t : transports) {
            if (!t.equals("https") && !t.equals("http")) {
                throw new IllegalArgumentException("transport must be https or http, got " + t);
            }
        }
        if (!PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("phases are " + PHASES + ", got " + phases);
        }
        return new BenchOptions(List.copyOf(clients), pods, watchers, duration, rate, listSize, rounds, List.copyOf(transports),
                List.copyOf(phases));
    }

    /** "20s", "1500ms", "2m" or plain seconds. */
    static Duration duration(String v) {
        String s = v.trim();
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis((long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        if (s.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
        }
        return Duration.ofSeconds(Long.parseLong(s));
    }

    public boolean runs(String phase) {
        return phases.contains(phase);
    }

    public int maxClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    @Override
    public String toString() {
        StringBuilder c = new StringBuilder();
        clients.forEach(n -> c.append(c.length() == 0 ? "" : ",").append(n));
        return "--clients " + c + " --pods " + pods + " --watchers " + watchers + " --duration " + duration.toMillis() / 1000.0 + "s --rate "
                + rate + " --list-size " + listSize + " --rounds " + rounds + " --transports " + String.join(",", transports) + " --phases " + String.join(",", phases);
    }
}
