package io.keelson.plugin.host.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsDirAuditTest {

    @TempDir
    Path dir;

    @Test
    void aBundleHasNoProblem() throws IOException {
        assertThat(PluginsDirAudit.problem(jar("ok.jar", "io.keelson.x"))).isNull();
    }

    @Test
    void randomBytesCannotBeReadAsAJar() throws IOException {
        byte[] garbage = new byte[1024];
        new Random(1).nextBytes(garbage);
        Path x = Files.write(dir.resolve("x.jar"), garbage);

        assertThat(PluginsDirAudit.problem(x)).startsWith("cannot read it as a jar (");
    }

    @Test
    void aPlainJarIsNotABundle() throws IOException {
        assertThat(PluginsDirAudit.problem(jar("lib.jar", null))).contains("no Bundle-SymbolicName");
    }

    @Test
    void aZipWithoutManifestIsNotABundle() throws IOException {
        Path zip = dir.resolve("z.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write('a');
        }
        assertThat(PluginsDirAudit.problem(zip)).contains("no META-INF/MANIFEST.MF");
    }

    @Test
    void runToleratesAMissingFolder() {
        new PluginsDirAudit(dir.resolve("nope")).run();
    }

    private Path jar(String name, String symbolicName) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        Path jar = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(f, m)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write('a');
        }
        return jar;
    }
}
