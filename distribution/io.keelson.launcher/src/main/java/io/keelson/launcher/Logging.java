package io.keelson.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the server's System.Logger/JUL output goes: everything from INFO up into
 * {@code <data-dir>/logs/keelson.log}; the console shows warnings and errors only (INFO too with
 * --verbose), so start-up progress stays readable.
 */
final class Logging {

    private Logging() {
    }

    /** One line per record on the console: level, logger, message and the cause's message; traces go to the file. */
    static final class ConsoleFormat extends Formatter {
        @Override
        public String format(LogRecord r) {
            String cause = r.getThrown() == null ? "" : " (" + r.getThrown() + ")";
            return r.getLevel() + " " + r.getLoggerName() + ": " + formatMessage(r) + cause + System.lineSeparator();
        }
    }

    private static Handler console;

    /** The file the server logs to. */
    static Path file(DataDir dir) {
        return dir.root().resolve("logs").resolve("keelson.0.log");
    }

    /**
     * Start-up shows progress lines only (failures arrive as one "error:" line naming the log file);
     * once the server is ready, warnings reach the console too.
     */
    static void startupDone(boolean verbose) {
        if (console != null) {
            console.setLevel(verbose ? Level.INFO : Level.WARNING);
        }
    }

    static void configure(DataDir dir, boolean verbose) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        console = new ConsoleHandler();
        console.setLevel(verbose ? Level.INFO : Level.OFF);
        console.setFormatter(new ConsoleFormat());
        root.addHandler(console);
        try {
            Path logs = Files.createDirectories(dir.root().resolve("logs"));
            FileHandler file = new FileHandler(logs.resolve("keelson.%g.log").toString(), 10 * 1024 * 1024, 3, true);
            file.setLevel(Level.INFO);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException e) {
            root.warning("cannot write logs under " + dir.root().resolve("logs") + ": " + e.getMessage());
        }
    }
}
