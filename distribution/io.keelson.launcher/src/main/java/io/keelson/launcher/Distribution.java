package io.keelson.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The assembled distribution this launcher belongs to: {@code keelson.jar}, {@code lib/} (its
 * class path), {@code bundle/} (the resolved run bundles) and {@code plugins/}.
 */
record Distribution(Path home) {

    static Distribution locate() {
        String override = System.getProperty("keelson.home");
        if (override != null) {
            return new Distribution(Path.of(override).toAbsolutePath());
        }
        try {
            Path jar = Path.of(Keelson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new Distribution(jar.getParent().toAbsolutePath());
        } catch (URISyntaxException e) {
            throw new LauncherException("cannot locate the Keelson distribution: " + e.getMessage(), e);
        }
    }

    Path bundleDir() {
        return home.resolve("bundle");
    }

    Path pluginsDir() {
        return home.resolve("plugins");
    }

    /** The run bundles, in file-name order; the framework sorts out start order through DS. */
    List<Path> bundles() {
        if (!Files.isDirectory(bundleDir())) {
            throw new LauncherException("no bundles at " + bundleDir() + ": build the distribution (mvn install) or run ./keelson from the source tree");
        }
        try (Stream<Path> files = Files.list(bundleDir())) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new LauncherException("cannot read " + bundleDir() + ": " + e.getMessage(), e);
        }
    }
}
