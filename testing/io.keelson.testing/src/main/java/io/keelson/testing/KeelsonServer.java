package io.keelson.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The assembled distribution ({@code distribution/keelson/target/keelson}) run as a real
 * {@code keelson up} process, the way a user runs it. Output lines are collected; stop sends
 * SIGINT (Ctrl-C), crash sends SIGKILL.
 */
public final class KeelsonServer implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Path dataDir;

    private KeelsonServer(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process went away
            }
        }, "keelson-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** The distribution home: {@code -Dkeelson.root} (set by the build) or the working directory's reactor root. */
    public static Path distribution() {
        Path root = Path.of(System.getProperty("keelson.root", "../.."));
        Path home = root.resolve("distribution/keelson/target/keelson").toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("keelson.jar"))) {
            throw new IllegalStateException("no assembled distribution at " + home + ": build it first (mvn install)");
        }
        return home;
    }

    /** Starts {@code keelson up --data-dir DIR ARGS...}; does not wait. */
    public static KeelsonServer start(Path dataDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", distribution().resolve("keelson.jar").toString(),
                "up", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new KeelsonServer(p, dataDir);
    }

    /** Runs {@code keelson ARGS...} to completion (at most a minute) and returns its exit code and output. */
    public static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", distribution().resolve("keelson.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("keelson " + String.join(" ", args) + " did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the ready line appears (or the process ends, which fails with its output). */
    public KeelsonServer awaitReady() {
        Awaitility.await("keelson up to be ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (readyLine() != null) {
                        return true;
                    }
                    if (!process.isAlive()) {
                        throw new IllegalStateException("keelson up exited with " + process.exitValue() + ":\n" + output());
                    }
                    return false;
                });
        return this;
    }

    public String readyLine() {
        return output.stream().filter(l -> l.startsWith("Keelson is ready")).findFirst().orElse(null);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("keelson up did not exit:\n" + output());
        }
        // let the output pump drain
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
        Thread.sleep(100);
        return process.exitValue();
    }

    /** Ctrl-C: SIGINT, then wait for the clean stop. */
    public int stop() throws IOException, InterruptedException {
        signal("INT");
        return awaitExit();
    }

    /** kill -9. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        return String.join("\n", output);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** A finished command. */
    public record Result(int exitCode, String output) {
    }
}
