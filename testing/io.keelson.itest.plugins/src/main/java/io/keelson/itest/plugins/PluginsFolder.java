package io.keelson.itest.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/**
 * The folder fileinstall watches, used the way a user would: files are copied in, replaced and
 * deleted. Writes go through a staging folder beside it and an atomic move, so fileinstall never
 * sees a half-written jar.
 */
final class PluginsFolder {

    private final Path dir;
    private final Path staging;
    private final Bundle testBundle;

    PluginsFolder(Path dir, Bundle testBundle) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.staging = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".staging"));
        this.testBundle = testBundle;
    }

    Path dir() {
        return dir;
    }

    /** The test plugin jar as built in the reactor (embedded in this bundle under plugins/). */
    byte[] original(String jarName) throws IOException {
        URL url = testBundle.getEntry("plugins/" + jarName);
        if (url == null) {
            throw new IllegalStateException("test bundle does not embed plugins/" + jarName);
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    /** Copies a test plugin jar into the folder. */
    void drop(String jarName) throws IOException {
        put(jarName, original(jarName));
    }

    /** Creates or replaces a file in the folder, atomically. */
    void put(String fileName, byte[] content) throws IOException {
        Path tmp = Files.write(staging.resolve(fileName), content);
        Files.move(tmp, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void delete(String fileName) throws IOException {
        Files.delete(dir.resolve(fileName));
    }

    void clear() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A copy of a bundle jar whose manifest says another Bundle-Version: a "rebuilt" plugin. */
    static byte[] withBundleVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                throw new IOException("jar has no manifest as its first entries");
            }
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }
}
