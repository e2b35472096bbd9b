package io.keelson.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a write burst, ten times over the same store: every write the child saw
 * acknowledged must be there after reopening, with its value and revision.
 */
class CrashTest {

    private static final int ROUNDS = 10;
    private static final int THREADS = 8;

    @TempDir
    Path tmp;

    record Ack(String key, String value, long revision) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path dir = tmp.resolve("store");
        for (int round = 0; round < ROUNDS; round++) {
            List<Ack> acks = crashOnce(dir, "r" + round, ThreadLocalRandom.current().nextInt(200, 3000));
            verify(dir, acks);
        }
    }

    private List<Ack> crashOnce(Path dir, String round, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path stderr = tmp.resolve(round + ".stderr");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath,
                CrashWriter.class.getName(), dir.toString(), round, Integer.toString(THREADS))
                .redirectError(stderr.toFile()).start();
        List<Ack> acks = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(child, acks), "crash-reader-" + round);
        reader.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> acks.size() >= killAfter || !child.isAlive());
            assertThat(child.isAlive()).as("child still writing; its stderr: %s", Files.readString(stderr)).isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            child.waitFor();
            reader.join();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        return acks;
    }

    private static void read(Process child, List<Ack> acks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                // a line cut short by the kill has no END and proves nothing
                if (f.length == 5 && f[0].equals("ACK") && f[4].equals("END")) {
                    acks.add(new Ack(f[1], f[2], Long.parseLong(f[3])));
                }
            }
        } catch (IOException ignored) {
            // the pipe closes when the child dies
        }
    }

    private static void verify(Path dir, List<Ack> acks) {
        Map<String, Ack> last = new HashMap<>();
        Set<Long> revisions = new HashSet<>();
        for (Ack a : acks) {
            assertThat(revisions.add(a.revision())).as("revision %d acknowledged twice", a.revision()).isTrue();
            last.merge(a.key(), a, (x, y) -> x.revision() > y.revision() ? x : y);
        }
        try (SqliteStore store = new SqliteStore(dir)) {
            long max = revisions.stream().mapToLong(Long::longValue).max().orElse(0);
            assertThat(store.revision()).isGreaterThanOrEqualTo(max);
            for (Ack a : last.values()) {
                KeyValue kv = store.get(a.key()).orElseThrow(() -> new AssertionError("lost " + a));
                String value = new String(kv.value(), StandardCharsets.UTF_8);
                if (a.key().endsWith("/counter") && kv.modRevision() > a.revision()) {
                    // one more CAS may have committed without its ACK reaching us
                    assertThat(Long.parseLong(value)).as("%s", a).isEqualTo(Long.parseLong(a.value()) + 1);
                } else {
                    assertThat(value).as("value of %s", a).isEqualTo(a.value());
                    assertThat(kv.modRevision()).as("revision of %s", a).isEqualTo(a.revision());
                }
                assertThat(kv.modRevision()).isLessThanOrEqualTo(store.revision());
            }
            RangeResult all = store.range(RangeRequest.prefix("/crash/"));
            for (KeyValue kv : all.kvs()) {
                assertThat(kv.createRevision()).isLessThanOrEqualTo(kv.modRevision());
                assertThat(kv.modRevision()).isLessThanOrEqualTo(all.revision());
            }
            long next = store.create("/crash/reopened-" + max, new byte[0], 0).revision();
            assertThat(next).isEqualTo(store.revision()).isGreaterThan(max);
        }
    }
}
