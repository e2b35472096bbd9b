package io.keelson.benchmarks.api;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API benchmark run: an API server on a durable SQLite store in a child JVM ({@link
 * ServerProcess}), driven over HTTPS (and plain HTTP) by an async client in this one; every API
 * figure beside the raw store's for the same work, on a second SQLite store in this JVM (or, for
 * the big range, the server's own store, timed in the server's JVM).
 */
public final class ApiRun {

    private static final Duration WARMUP = Duration.ofSeconds(1);
    private static final String LIST_PREFIX = "/registry/core/pods/" + ApiOps.LIST_NS + "/";
    private final BenchOptions o;
    private final Failures failures = new Failures();
    private final Report report = new Report();
    private final Map<String, Http> clients = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong closedClientConnections = new java.util.concurrent.atomic.AtomicLong();
    private Phases phases = new Phases(null, () -> 0);
    private SqliteStore baseStore;
    private ServerHandle server;
    private String[] updateVersions;
    private Path tmp;

    ApiRun(BenchOptions o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions o = BenchOptions.parse(args);
        ApiRun run = new ApiRun(o);
        int exit = 0;
        long began = System.nanoTime();
        try {
            run.run();
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            System.out.println(run.report.render(run.failures, run.phases.table()));
            System.out.printf(Locale.ROOT, "Run took %.0f s; load average at the end: %s%n", (System.nanoTime() - began) / 1e9, Uptime.now());
            run.close();
        }
        System.exit(exit);
    }

    void run() throws Exception {
        tmp = Files.createTempDirectory("keelson-api-bench");
        // by default the JVM's own heap sizing and collector, as `keelson up` runs the server
        List<String> serverJvm = java.util.Arrays.stream(System.getProperty("api.bench.server.jvm", "").split(" "))
                .filter(a -> !a.isBlank()).toList();
        Path serverLog = Path.of(System.getProperty("api.bench.server.log", tmp.resolve("server.log").toString()));
        System.out.println("API benchmark " + o + "\nJava " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs. API server in a child JVM (options: " + (serverJvm.isEmpty() ? "none, JVM defaults as keelson up" : String.join(" ", serverJvm))
                + "), log " + serverLog + ", jar "
                + ApiServer.class.getProtectionDomain().getCodeSource().getLocation() + "; load generator and raw store in this JVM (max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MiB)\nload average at the start: " + Uptime.now() + "\n");
        baseStore = new SqliteStore(Files.createDirectories(tmp.resolve("store")));
        server = new ServerHandle(Files.createDirectories(tmp.resolve("api")), o.transports().contains("http"), serverJvm, serverLog);
        phases = new Phases(server, () -> closedClientConnections.get() + clients.values().stream().mapToLong(h -> h.opened.get()).sum());
        System.out.println("API server settings (defaults): " + server.ask("settings") + "\n");
        KubeconfigTls tls = KubeconfigTls.read(server.kubeconfig);
        for (String t : o.transports()) {
            clients.put(t, t.equals("https") ? new Http(tls.server(), tls.ssl(), o.maxClients() + 64, "bench-https")
                    : new Http(server.httpUrl, null, o.maxClients() + 64, "bench-http"));
        }
        Http main = clients.values().iterator().next();
        setup(main);
        loadPods(main);
        storeHeap();
        warmUp();
        if (o.runs("open")) { // the steady state with the pods loaded: before the big LISTs' garbage and the closed loops' 100,000s of pods
            openLoop();
        }
        if (o.runs("list")) {
            bigList();
        }
        if (o.runs("closed")) {
            closedLoop();
        }
        if (o.runs("watch")) { // last: what 1,000 watch connections leave behind on the server cannot skew the other phases
            watchFanOut(tls);
        }
    }

    private void setup(Http http) throws Exception {
        log("setup: namespaces, " + o.listSize() + " pods to read, " + o.maxClients() + " pods to update");
        for (String ns : List.of(ApiOps.LIST_NS, ApiOps.RW_NS, ApiOps.UPDATE_NS, ApiOps.CREATE_NS, WatchFanOut.NS)) {
            Setup.namespace(http, ns);
        }
        Setup.runningPods(http, failures, ApiOps.RW_NS, "p", o.listSize(), 32, true);
        updateVersions = Setup.runningPods(http, failures, ApiOps.UPDATE_NS, "u", o.maxClients(), 32, false);
        Setup.runningPods(http, failures, WatchFanOut.NS, "w", 1, 1, true);
        // fail fast (with the failures table) when even a small LIST does not work
        http.expect(200, "GET", ApiOps.pods(ApiOps.RW_NS) + "?labelSelector=app%3Dweb", null);
    }

    private void warmUp() throws Exception {
        log("warm-up");
        for (Map.Entry<String, Http> c : clients.entrySet()) {
            ApiOps ops = new ApiOps(c.getValue(), failures, "warm-up " + c.getKey());
            for (Load.AsyncOp op : List.of(ops.create("warm-" + c.getKey()), ops.get(o.listSize()), ops.update(updateVersions), ops.list())) {
                Load.closed(Math.min(50, o.maxClients()), Duration.ZERO, Duration.ofSeconds(2), op);
            }
        }
    }

    /**
     * Heap before loading the pods, after half of them and after all: the watch window (the last
     * 4096 changes per type, decoded) fills during the first half, so the second half shows what
     * each further pod costs.
     */
    private void loadPods(Http http) throws Exception {
        long before = server.usedHeapAfterGc();
        log("loading " + o.pods() + " running pods (create + status)");
        int half = o.pods() / 2;
        long start = System.nanoTime();
        Setup.runningPods(http, failures, ApiOps.LIST_NS, "web-7d9f8b6c5d", 0, half, 64, true);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long middle = server.usedHeapAfterGc();
        start = System.nanoTime();
        Setup.runningPods(http, failures, ApiOps.LIST_NS, "web-7d9f8b6c5d", half, o.pods() - half, 64, true);
        loadSeconds += (System.nanoTime() - start) / 1e9;
        long after = server.usedHeapAfterGc();
        long stored = server.size(LIST_PREFIX)[1];
        report.heap("API server JVM (child process, MemoryMXBean) used heap after GC, before loading (MiB)", mib(before));
        report.heap("... after " + half + " pods (MiB)", mib(middle));
        report.heap("... after " + o.pods() + " pods (MiB)", mib(after));
        report.heap("**API server heap growth for " + o.pods() + " pods (MiB)**", "**" + mib(after - before) + "**");
        report.heap("... of it for the second " + (o.pods() - half) + " pods (MiB)", mib(after - middle));
        report.heap("stored pod JSON, mean (bytes)", String.format(Locale.ROOT, "%,d", stored / o.pods()));
        report.heap("stored JSON of all " + o.pods() + " pods (MiB)", mib(stored));
        report.heap("loading: create + PUT status, 64 in flight, cold JIT (pods/s)", String.format(Locale.ROOT, "%,.0f", o.pods() / loadSeconds));
    }

    /** The LIST of the loaded pods beside the store's range of the same keys. */
    private void bigList() throws Exception {
        log("store range of " + o.pods() + " pods");
        BigList.Result range = BigList.store(server, LIST_PREFIX, o.pods(), 5);
        report.list("store range (the server's own keys)", "values", "in-process", range, null);
        for (Map.Entry<String, Http> c : clients.entrySet()) {
            log("API LIST of " + o.pods() + " pods, " + c.getKey());
            String phase = "LIST " + c.getKey();
            BigList.Result json = BigList.api(c.getValue(), failures, phase, ApiOps.LIST_NS, null, o.pods(), 5);
            BigList.Result table = BigList.api(c.getValue(), failures, phase, ApiOps.LIST_NS, BigList.TABLE, o.pods(), 5);
            report.list("API", "JSON", c.getKey(), json, range);
            report.list("API", "Table", c.getKey(), table, range);
            if (c.getKey().equals("https")) {
                report.target("LIST of " + o.pods() + " pods <= 1 s (HTTPS, median of 5)", "JSON " + Latency.ms(json.median()) + " ms, Table "
                        + Latency.ms(table.median()) + " ms", json.median() <= 1000 && table.median() <= 1000);
            }
        }
    }

    private void watchFanOut(KubeconfigTls tls) throws Exception {
        log("watch fan-out: " + o.watchers() + " store watchers");
        byte[] value = server.value("/registry/core/pods/" + WatchFanOut.NS + "/w-0");
        FanOut.Result store = WatchFanOut.store(baseStore, value, o.watchers(), o.rounds());
        report.watch("store (in-process listeners)", store);
        for (String t : o.transports()) {
            log("watch fan-out: " + o.watchers() + " API watchers over " + t);
            try (Http watchClient = t.equals("https") ? new Http(tls.server(), tls.ssl(), o.watchers() + 16, "bench-watch-https")
                    : new Http(server.httpUrl, null, o.watchers() + 16, "bench-watch-http")) {
                FanOut.Result api;
                try {
                    api = WatchFanOut.api(clients.get(t), watchClient, failures, o.watchers(), o.rounds(), server::podWatchers);
                } finally {
                    closedClientConnections.addAndGet(watchClient.opened.get());
                }
                report.watch("API, " + t, api);
                report.watchRatio(api, store);
                if (t.equals("https")) {
                    report.target("watch fan-out p99 <= 100 ms to " + o.watchers() + " watchers (HTTPS, from the write's ack)",
                            Latency.ms(api.fromAck().p(99)) + " ms (" + api.established() + " connected, " + api.missing() + " receipts missing)",
                            api.fromAck().p(99) <= 100 && api.missing() == 0 && api.established() == o.watchers());
                }
            }
        }
    }

    private void closedLoop() throws Exception {
        byte[] running = server.value("/registry/core/pods/" + ApiOps.RW_NS + "/p-0");
        byte[] fresh = server.value("/registry/core/pods/" + ApiOps.UPDATE_NS + "/u-0");
        StoreOps storeOps = new StoreOps(baseStore, fresh, running);
        long[] revisions = storeOps.load(o.listSize(), o.maxClients());
        String list = "list " + o.listSize();
        for (int c : o.clients()) {
            Map<String, Load.BlockingOp> storeWork = new LinkedHashMap<>();
            storeWork.put("create", storeOps.create("c" + c));
            storeWork.put("get", storeOps.get(o.listSize()));
            storeWork.put("update", storeOps.update(revisions));
            storeWork.put(list, storeOps.range(o.listSize()));
            Map<String, Load.Result> store = new LinkedHashMap<>();
            for (Map.Entry<String, Load.BlockingOp> w : storeWork.entrySet()) {
                log("store " + w.getKey() + ", " + c + " clients (closed loop)");
                store.put(w.getKey(), Load.closed(c, WARMUP, o.duration(), w.getValue()));
            }
            for (Map.Entry<String, Http> t : clients.entrySet()) {
                ApiOps ops = new ApiOps(t.getValue(), failures, "closed " + c + " " + t.getKey());
                Map<String, Load.AsyncOp> work = new LinkedHashMap<>();
                work.put("create", ops.create("c" + c + t.getKey()));
                work.put("get", ops.get(o.listSize()));
                work.put("update", ops.update(updateVersions));
                work.put(list, ops.list());
                for (Map.Entry<String, Load.AsyncOp> w : work.entrySet()) {
                    log("API " + w.getKey() + ", " + c + " clients, " + t.getKey() + " (closed loop)");
                    report.closed(w.getKey(), c, t.getKey(), Load.closed(c, WARMUP, o.duration(), w.getValue()), store.get(w.getKey()));
                }
            }
        }
    }

    private void openLoop() throws Exception {
        log("store create at " + o.rate() + "/s (open loop)");
        byte[] fresh = server.value("/registry/core/pods/" + ApiOps.UPDATE_NS + "/u-0");
        Load.Result store = Load.open(o.rate(), WARMUP, o.duration(), new StoreOps(baseStore, fresh, null).create("open"));
        report.open("store create", o.rate(), store, null);
        for (Map.Entry<String, Http> t : clients.entrySet()) {
            log("API create at " + o.rate() + "/s, " + t.getKey() + " (open loop)");
            Load.Result api = Load.open(o.rate(), WARMUP, o.duration(), new ApiOps(t.getValue(), failures, "open " + t.getKey())
                    .create("open-" + t.getKey()));
            report.open("API create, " + t.getKey(), o.rate(), api, store);
            if (t.getKey().equals("https")) {
                report.target("create p99 <= 20 ms at " + o.rate() + " req/s (HTTPS, open loop)", Latency.ms(api.latency().p(99)) + " ms",
                        api.latency().p(99) <= 20 && api.failed() == 0);
            }
        }
    }

    /** The raw store holding the same pods: its heap growth (SQLite keeps its pages off-heap). */
    private void storeHeap() throws Exception {
        byte[] value = server.value(LIST_PREFIX + "web-7d9f8b6c5d-0");
        log("raw store heap for " + o.pods() + " pod values");
        long before = Heap.usedAfterGc();
        for (int i = 0; i < o.pods(); i++) {
            baseStore.create("/bench/heap/" + i, value.clone(), 0);
        }
        long after = Heap.usedAfterGc();
        report.heap("raw store (SQLite, pages off-heap; in the load generator's JVM) heap growth for " + o.pods() + " pod values (MiB)",
                mib(after - before));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private void log(String what) {
        phases.start(what);
    }

    void close() {
        for (Http h : clients.values()) {
            try {
                h.close();
            } catch (Exception e) {
                // ending anyway
            }
        }
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            System.err.println("stopping the API server process " + server.pid() + ": " + e);
        }
        if (baseStore != null) {
            baseStore.close();
        }
        if (tmp != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + tmp + ": " + e);
            }
        }
    }
}
