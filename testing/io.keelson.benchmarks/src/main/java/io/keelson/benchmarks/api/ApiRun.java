package io.keelson.benchmarks.api;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API benchmark run: an API server on a durable SQLite store in this JVM, driven over HTTPS
 * (and plain HTTP) by an async client; every API figure beside the raw store's for the same work,
 * on a second SQLite store in the same temp dir (or, for the big range, the server's own store).
 */
public final class ApiRun {

    private static final Duration WARMUP = Duration.ofSeconds(1);
    private static final String LIST_PREFIX = "/registry/core/pods/" + ApiOps.LIST_NS + "/";
    private final BenchOptions o;
    private final Failures failures = new Failures();
    private final Report report = new Report();
    private final Map<String, Http> clients = new LinkedHashMap<>();
    private SqliteStore apiStore;
    private SqliteStore baseStore;
    private ApiServer server;
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
            System.out.println(run.report.render(run.failures));
            System.out.printf(Locale.ROOT, "Run took %.0f s; load average at the end: %s%n", (System.nanoTime() - began) / 1e9, Uptime.now());
            run.close();
        }
        System.exit(exit);
    }

    void run() throws Exception {
        tmp = Files.createTempDirectory("keelson-api-bench");
        System.out.println("API benchmark " + o + "\nJVM " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs, max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MiB; server jar "
                + ApiServer.class.getProtectionDomain().getCodeSource().getLocation() + "\nload average at the start: " + Uptime.now() + "\n");
        apiStore = new SqliteStore(Files.createDirectories(tmp.resolve("api/db")));
        baseStore = new SqliteStore(Files.createDirectories(tmp.resolve("store")));
        boolean plain = o.transports().contains("http");
        server = new ApiServer(apiStore, ApiServerSettings.defaults(tmp.resolve("api")).withPorts(0, plain ? 0 : -1));
        server.start();
        KubeconfigTls tls = KubeconfigTls.read(server.kubeconfig());
        for (String t : o.transports()) {
            clients.put(t, t.equals("https") ? new Http(tls.server(), tls.ssl(), o.maxClients() + 64, "bench-https")
                    : new Http(server.insecureUrl(), null, o.maxClients() + 64, "bench-http"));
        }
        Http main = clients.values().iterator().next();
        setup(main);
        loadPods(main);
        warmUp();
        if (o.runs("list")) {
            bigList();
        }
        if (o.runs("closed")) {
            closedLoop();
        }
        if (o.runs("open")) {
            openLoop();
        }
        storeHeap();
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
        long before = Heap.usedAfterGc();
        log("loading " + o.pods() + " running pods (create + status)");
        int half = o.pods() / 2;
        long start = System.nanoTime();
        Setup.runningPods(http, failures, ApiOps.LIST_NS, "web-7d9f8b6c5d", 0, half, 64, true);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long middle = Heap.usedAfterGc();
        start = System.nanoTime();
        Setup.runningPods(http, failures, ApiOps.LIST_NS, "web-7d9f8b6c5d", half, o.pods() - half, 64, true);
        loadSeconds += (System.nanoTime() - start) / 1e9;
        long after = Heap.usedAfterGc();
        long stored = apiStore.range(RangeRequest.prefix(LIST_PREFIX)).kvs().stream().mapToLong(kv -> kv.value().length).sum();
        report.heap("API server JVM used heap after GC, before loading (MiB)", mib(before));
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
        log("LIST " + o.pods() + " pods");
        BigList.Result range = BigList.store(apiStore, LIST_PREFIX, o.pods(), 5);
        report.list("store range (the server's own keys)", "values", "in-process", range, null);
        for (Map.Entry<String, Http> c : clients.entrySet()) {
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
        byte[] value = apiStore.get("/registry/core/pods/" + WatchFanOut.NS + "/w-0").map(KeyValue::value).orElseThrow();
        FanOut.Result store = WatchFanOut.store(baseStore, value, o.watchers(), o.rounds());
        report.watch("store (in-process listeners)", store);
        for (String t : o.transports()) {
            log("watch fan-out: " + o.watchers() + " API watchers over " + t);
            try (Http watchClient = t.equals("https") ? new Http(tls.server(), tls.ssl(), o.watchers() + 16, "bench-watch-https")
                    : new Http(server.insecureUrl(), null, o.watchers() + 16, "bench-watch-http")) {
                FanOut.Result api = WatchFanOut.api(clients.get(t), watchClient, failures, o.watchers(), o.rounds(),
                        () -> server.watchers("", "pods"));
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
        KeyValue rw = apiStore.get("/registry/core/pods/" + ApiOps.RW_NS + "/p-0").orElseThrow();
        KeyValue fresh = apiStore.get("/registry/core/pods/" + ApiOps.UPDATE_NS + "/u-0").orElseThrow();
        StoreOps storeOps = new StoreOps(baseStore, fresh.value(), rw.value());
        long[] revisions = storeOps.load(o.listSize(), o.maxClients());
        for (int c : o.clients()) {
            Map<String, Load.Result> store = new LinkedHashMap<>();
            log("store closed loop, " + c + " clients");
            store.put("create", Load.closed(c, WARMUP, o.duration(), storeOps.create("c" + c)));
            store.put("get", Load.closed(c, WARMUP, o.duration(), storeOps.get(o.listSize())));
            store.put("update", Load.closed(c, WARMUP, o.duration(), storeOps.update(revisions)));
            store.put("list " + o.listSize(), Load.closed(c, WARMUP, o.duration(), storeOps.range(o.listSize())));
            for (Map.Entry<String, Http> t : clients.entrySet()) {
                log("API closed loop, " + c + " clients, " + t.getKey());
                ApiOps ops = new ApiOps(t.getValue(), failures, "closed " + c + " " + t.getKey());
                report.closed("create", c, t.getKey(), Load.closed(c, WARMUP, o.duration(), ops.create("c" + c + t.getKey())),
                        store.get("create"));
                report.closed("get", c, t.getKey(), Load.closed(c, WARMUP, o.duration(), ops.get(o.listSize())), store.get("get"));
                report.closed("update", c, t.getKey(), Load.closed(c, WARMUP, o.duration(), ops.update(updateVersions)), store.get("update"));
                report.closed("list " + o.listSize(), c, t.getKey(), Load.closed(c, WARMUP, o.duration(), ops.list()),
                        store.get("list " + o.listSize()));
            }
        }
    }

    private void openLoop() throws Exception {
        log("open loop: create at " + o.rate() + " req/s");
        KeyValue fresh = apiStore.get("/registry/core/pods/" + ApiOps.UPDATE_NS + "/u-0").orElseThrow();
        Load.Result store = Load.open(o.rate(), WARMUP, o.duration(), new StoreOps(baseStore, fresh.value(), null).create("open"));
        report.open("store create", o.rate(), store, null);
        for (Map.Entry<String, Http> t : clients.entrySet()) {
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
        byte[] value = apiStore.range(RangeRequest.prefix(LIST_PREFIX).withLimit(1)).kvs().get(0).value();
        long before = Heap.usedAfterGc();
        for (int i = 0; i < o.pods(); i++) {
            baseStore.create("/bench/heap/" + i, value.clone(), 0);
        }
        long after = Heap.usedAfterGc();
        report.heap("raw store (SQLite, pages off-heap) heap growth for " + o.pods() + " pod values (MiB)", mib(after - before));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private static void log(String what) {
        System.err.println("[api-bench " + java.time.LocalTime.now().withNano(0) + "] " + what + " ...");
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
            // ending anyway
        }
        if (apiStore != null) {
            apiStore.close();
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
