package io.keelson.benchmarks.api;

import java.util.Locale;

/**
 * What each phase ran beside: the machine's load average when it began and the stop-the-world GC
 * pauses of the server's and the load generator's JVMs during it, so a stall can be told from a
 * slow server.
 */
final class Phases {

    private final GcPauses client = new GcPauses();
    private final ServerHandle server;
    private final java.util.function.LongSupplier connections;
    private long connectionsAtStart;
    private final StringBuilder table = new StringBuilder(
            "| phase | load average at its start (1, 5, 15 min) | seconds | server GC pauses | longest (ms) | in all (ms)"
                    + " | load generator GC pauses | longest (ms) | in all (ms) | connections opened |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    private String name;
    private String load;
    private long began;

    /**
     * @param server      the API server process, whose pauses are asked for; null before it runs
     * @param connections how many connections the load generator's clients opened so far
     */
    Phases(ServerHandle server, java.util.function.LongSupplier connections) {
        this.server = server;
        this.connections = connections;
    }

    /** Ends the phase running (if any) and starts the next. */
    void start(String phase) {
        end();
        name = phase;
        load = Uptime.now();
        began = System.nanoTime();
        connectionsAtStart = connections.getAsLong();
        client.take();
        if (server != null) {
            try {
                server.gcPauses();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        System.err.println("[api-bench " + java.time.LocalTime.now().withNano(0) + ", load " + load + "] " + phase + " ...");
    }

    void end() {
        if (name != null) {
            GcPauses.Stats s;
            try {
                s = server == null ? new GcPauses.Stats(0, 0, 0) : server.gcPauses();
            } catch (Exception e) {
                s = new GcPauses.Stats(-1, 0, 0);
            }
            GcPauses.Stats c = client.take();
            table.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %d | %,.0f | %,.0f | %d | %,.0f | %,.0f | %,d |%n", name, load,
                    (System.nanoTime() - began) / 1e9, s.count(), s.maxMicros() / 1000.0, s.totalMicros() / 1000.0, c.count(),
                    c.maxMicros() / 1000.0, c.totalMicros() / 1000.0, connections.getAsLong() - connectionsAtStart));
            name = null;
        }
    }

    String table() {
        end();
        return table.toString();
    }
}
