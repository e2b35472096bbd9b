package io.keelson.plugin.host.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Tells the user about jars in the plugins folder that are not bundles. Felix fileinstall finds no
 * handler for such a file and retries it on every scan without logging anything, so without this
 * a corrupt or mistaken jar would just silently not be a plugin.
 */
final class PluginsDirAudit {

    private static final System.Logger LOG = System.getLogger(PluginsDirAudit.class.getName());

    private final Path dir;
    /** What was last reported per file, by size and modification time, so each version is told once. */
    private final Map<Path, String> reported = new HashMap<>();

    PluginsDirAudit(Path dir) {
        this.dir = dir;
    }

    /** Logs a warning for each jar that isn't a bundle and wasn't reported in this form before. */
    synchronized void run() {
        Map<Path, String> seen = new HashMap<>();
        for (Path jar : jars()) {
            String problem = problem(jar);
            if (problem == null) {
                continue;
            }
            String stamp = stamp(jar);
            seen.put(jar, stamp);
            if (!stamp.equals(reported.get(jar))) {
                LOG.log(Level.WARNING, "{0} is not a plugin and is ignored: {1}", jar, problem);
            }
        }
        reported.clear();
        reported.putAll(seen);
    }

    private List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .forEach(jars::add);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot list " + dir, e);
        }
        return jars;
    }

    /** Why the file cannot be installed as a bundle, or null when it can. */
    static String problem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "the jar has no META-INF/MANIFEST.MF, so it is not an OSGi bundle";
            }
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "its manifest has no Bundle-SymbolicName, so it is not an OSGi bundle";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot read it as a jar (" + e.getMessage() + ")";
        }
    }

    private static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "gone";
        }
    }
}
