package io.keelson.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

    @Test
    void readsEveryCfgFileAsAPid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("io.keelson.store.sqlite.cfg"), "path = /var/lib/keelson/store\n# comment\n");
        Files.writeString(dir.resolve("io.keelson.apiserver.cfg"), "securePort=6443\nbindAddress=127.0.0.1\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored=true\n");

        var configs = ConfigFiles.read(dir);

        assertThat(configs).containsOnlyKeys("io.keelson.store.sqlite", "io.keelson.apiserver");
        assertThat(configs.get("io.keelson.store.sqlite")).containsEntry("path", "/var/lib/keelson/store").hasSize(1);
        assertThat(configs.get("io.keelson.apiserver")).containsEntry("securePort", "6443");
    }

    @Test
    void missingFolderMeansNoConfiguration(@TempDir Path dir) throws Exception {
        assertThat(ConfigFiles.read(dir.resolve("absent"))).isEmpty();
    }
}
