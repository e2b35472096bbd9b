package io.keelson.e2e.kubectl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs /usr/bin/kubectl with a kubeconfig and collects exit code, stdout and stderr. */
final class Kubectl {

    static final String BINARY = "/usr/bin/kubectl";

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path kubeconfig;
    private final Path workDir;

    Kubectl(Path kubeconfig, Path workDir) {
        this.kubeconfig = kubeconfig;
        this.workDir = workDir;
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), args);
    }

    /** With extra environment variables (e.g. KUBE_EDITOR). */
    Result run(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(env, args);
        Path out = workDir.resolve("out-" + p.pid());
        Path err = workDir.resolve("err-" + p.pid());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kubectl " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts kubectl with stdout/stderr going to out-PID / err-PID files in the work dir; stdin closed. */
    Process start(String... args) throws IOException {
        return start(java.util.Map.of(), args);
    }

    Process start(java.util.Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(BINARY, "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("KUBECONFIG");
        pb.environment().putAll(env);
        Process p = pb.start();
        Files.move(out, workDir.resolve("out-" + p.pid()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(err, workDir.resolve("err-" + p.pid()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    String outputOf(Process p) throws IOException {
        return Files.readString(workDir.resolve("out-" + p.pid()), StandardCharsets.UTF_8);
    }
}
