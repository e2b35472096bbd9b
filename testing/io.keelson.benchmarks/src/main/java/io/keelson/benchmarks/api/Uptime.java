package io.keelson.benchmarks.api;

import java.nio.file.Files;
import java.nio.file.Path;

/** The load average as {@code uptime} shows it (1, 5, 15 minutes), from /proc/loadavg. */
final class Uptime {

    private Uptime() {
    }

    static String now() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
