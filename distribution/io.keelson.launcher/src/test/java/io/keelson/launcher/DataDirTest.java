package io.keelson.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

    @Test
    void aFileWhereTheDataDirShouldBeIsRefusedAndKept(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "precious");
        assertThatThrownBy(() -> new DataDir(file).prepare())
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("is a file, not a directory").hasMessageContaining("--data-dir");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void preparingTakesTheLockAndRecordsThePid(@TempDir Path tmp) {
        try (DataDir first = new DataDir(tmp).prepare()) {
            assertThat(first.run()).isDirectory();
            // file locks are per process on Linux: a second channel in this JVM throws OverlappingFileLockException,
            // so the real two-process case is covered by the end-to-end test; here check the lock file records our pid
            assertThat(first.run().resolve("keelson.lock")).content().isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void anUnwritableDataDirIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        dir.toFile().setWritable(false);
        try {
            if (dir.resolve("x").toFile().createNewFile()) {
                return; // running as root: permissions do not bind, nothing to check here
            }
            assertThatThrownBy(() -> new DataDir(dir).prepare()).isInstanceOf(LauncherException.class)
                    .hasMessageContaining("not writable");
        } finally {
            dir.toFile().setWritable(true);
        }
    }
}
