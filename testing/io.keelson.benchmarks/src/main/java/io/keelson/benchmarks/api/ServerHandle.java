package io.keelson.benchmarks.api;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link ServerProcess} child: started with this JVM's class path, asked over its stdin, stopped by its PID. */
final class ServerHandle implements AutoCloseable {

    final String httpsUrl;
    final String httpUrl;
    final Path kubeconfig;
    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;

    ServerHandle(Path dir, boolean plain, List<String> jvmOptions, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), dir.toString(), Boolean.toString(plain)));
        process = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = answers.readLine();
        if (ready == null || !ready.startsWith("READY ")) {
            throw new IllegalStateException("the API server process did not start (" + ready + "); see " + log);
        }
        String[] f = ready.split(" ");
        httpsUrl = f[1];
        httpUrl = f[2].equals("-") ? null : f[2];
        kubeconfig = Path.of(f[3]);
    }

    long pid() {
        return process.pid();
    }

    synchronized String ask(String command) throws Exception {
        commands.println(command);
        String answer = answers.readLine();
        if (answer == null || answer.startsWith("ERROR")) {
            throw new IllegalStateException("API server process: " + command + " -> " + answer);
        }
        return answer;
    }

    long usedHeapAfterGc() throws Exception {
        return Long.parseLong(ask("heap"));
    }

    int podWatchers() {
        try {
            return Integer.parseInt(ask("watchers"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    GcPauses.Stats gcPauses() throws Exception {
        return GcPauses.Stats.parse(ask("gc"));
    }

    byte[] value(String key) throws Exception {
        String v = ask("get " + key);
        if (v.equals("-")) {
            throw new IllegalStateException("no key " + key + " in the server's store");
        }
        return Base64.getDecoder().decode(v);
    }

    /** {values, bytes} under a prefix of the server's store. */
    long[] size(String prefix) throws Exception {
        return Arrays.stream(ask("size " + prefix).split(" ")).mapToLong(Long::parseLong).toArray();
    }

    /** The milliseconds of {@code n} ranges of the prefix, timed inside the server's JVM, and the count last returned (at the end). */
    double[] ranges(String prefix, int n) throws Exception {
        return Arrays.stream(ask("range " + prefix + " " + n).split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    public void close() throws Exception {
        commands.println("quit");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly(); // this child, by its handle (PID)
        }
    }
}
