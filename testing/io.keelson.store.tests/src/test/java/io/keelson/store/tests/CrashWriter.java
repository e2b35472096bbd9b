package io.keelson.store.tests;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: opens the store and writes from several threads until it
 * is killed. A line {@code ACK <key> <value> <revision> END} is printed only after the store returned,
 * so every such line is a write the store acknowledged. Each thread creates fresh keys and, every
 * few writes, compare-and-swaps a counter of its own.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String round = args[1];
        int threads = Integer.parseInt(args[2]);
        SqliteStore store = new SqliteStore(dir);
        System.out.println("OPEN " + store.revision() + " END");
        for (int t = 0; t < threads; t++) {
            String base = "/crash/" + round + "/t" + t;
            Thread thread = new Thread(() -> write(store, base));
            thread.start();
        }
        Thread.sleep(Long.MAX_VALUE); // until SIGKILL
    }

    private static void write(KeyValueStore store, String base) {
        String counter = base + "/counter";
        long counterRev = store.create(counter, bytes("0"), 0).revision();
        ack(counter, "0", counterRev);
        for (long i = 1; ; i++) {
            String key = base + "/k" + i;
            String value = "v" + i;
            ack(key, value, store.create(key, bytes(value), 0).revision());
            if (i % 4 == 0) {
                String n = Long.toString(i / 4);
                counterRev = store.update(counter, bytes(n), counterRev, 0).revision();
                ack(counter, n, counterRev);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void ack(String key, String value, long revision) {
        System.out.println("ACK " + key + " " + value + " " + revision + " END");
    }
}
