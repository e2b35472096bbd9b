package io.keelson.benchmarks.api;

import io.keelson.apiserver.internal.ApiServer;
import io.keelson.apiserver.internal.ApiServerSettings;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The API server under test in a JVM of its own (so the load generator's allocations and GC are not
 * the server's): {@code ServerProcess <dataDir> <plainHttp:true|false>}. Prints {@code READY <https>
 * <http|-> <kubeconfig>}, then answers one line per command line on stdin: {@code heap} (used
 * bytes after GC), {@code watchers} (pod watchers the server feeds), {@code settings}, {@code gc} (pauses since the
 * last call), {@code get <key>} (base64 value), {@code size <prefix>} (values and bytes),
 * {@code range <prefix> <n>} (milliseconds of n ranges, timed in here), {@code quit}.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean plain = Boolean.parseBoolean(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // only answers go to stdout
        GcPauses gc = new GcPauses();
        SqliteStore store = new SqliteStore(Files.createDirectories(dir.resolve("db")));
        ApiServerSettings settings = ApiServerSettings.defaults(dir).withPorts(0, plain ? 0 : -1);
        ApiServer server = new ApiServer(store, settings);
        server.start();
        out.println("READY " + server.url() + " " + (plain ? server.insecureUrl() : "-") + " " + server.kubeconfig());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] c = line.split(" ");
            try {
                out.println(switch (c[0]) {
                    case "heap" -> Long.toString(Heap.usedAfterGc());
                    case "watchers" -> Integer.toString(server.watchers("", "pods"));
                    case "settings" -> settings.toString();
                    case "gc" -> gc.take().line();
                    case "get" -> store.get(c[1]).map(kv -> Base64.getEncoder().encodeToString(kv.value())).orElse("-");
                    case "size" -> size(store.range(RangeRequest.prefix(c[1])).kvs());
                    case "range" -> ranges(store, c[1], Integer.parseInt(c[2]));
                    default -> "ERROR unknown command " + c[0];
                });
            } catch (RuntimeException e) {
                out.println("ERROR " + e);
            }
        }
        server.close();
        store.close();
        System.exit(0);
    }

    private static String size(List<KeyValue> kvs) {
        return kvs.size() + " " + kvs.stream().mapToLong(kv -> kv.value().length).sum();
    }

    /** Milliseconds of each range, space-separated, then the count of values. */
    private static String ranges(SqliteStore store, String prefix, int n) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            count = store.range(RangeRequest.prefix(prefix)).kvs().size();
            b.append((System.nanoTime() - start) / 1e6).append(' ');
        }
        return b.append(count).toString();
    }
}
