package io.keelson.launcher;

import java.io.PrintStream;

/** Start-up progress lines: what is done, what is waited for, what failed. */
final class Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void header(String line) {
        out.println(line);
    }

    void done(String step) {
        out.println("  [ok] " + step);
        out.flush();
    }

    void waiting(String step) {
        out.println("  [..] " + step);
        out.flush();
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
