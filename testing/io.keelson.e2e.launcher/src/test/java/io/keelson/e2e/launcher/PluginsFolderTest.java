package io.keelson.e2e.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.testing.KeelsonServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins/ folder of a running server, seen through `keelson plugins list` as a user sees it. */
class PluginsFolderTest {

    private static final String SLOT = "io.keelson.test.greeter.api.Greeter";

    @TempDir
    Path tmp;

    private static Path jar(String name) {
        return Path.of(System.getProperty("greeter." + name + ".jar"));
    }

    @Test
    void droppedJarsAreInstalledTheHigherRankedIsActiveAndDeletingFallsBack() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path data = tmp.resolve("data");
        try (KeelsonServer server = KeelsonServer.start(data, "--port", "0", "--plugins-dir", plugins.toString()).awaitReady()) {
            KeelsonServer.Result empty = KeelsonServer.run("plugins", "list", "--data-dir", data.toString());
            assertThat(empty.exitCode()).isZero();
            assertThat(empty.output()).contains("NAME", "VERSION", "KIND", "STATE", "ACTIVE");

            Files.copy(jar("api"), plugins.resolve("greeter-api.jar"));
            Files.copy(jar("low"), plugins.resolve("greeter-low.jar"));
            awaitActive(data, "io.keelson.test.greeter.low");

            Files.copy(jar("high"), plugins.resolve("greeter-high.jar"));
            awaitActive(data, "io.keelson.test.greeter.high");
            assertThat(plugin(data, "io.keelson.test.greeter.low")).hasValueSatisfying(p -> {
                assertThat(p.path("active").asBoolean()).isFalse();
                assertThat(p.path("state").asText()).isEqualTo("ACTIVE");
            });

            String table = KeelsonServer.run("plugins", "list", "--data-dir", data.toString()).output();
            assertThat(table).containsPattern("io\\.keelson\\.test\\.greeter\\.high\\s+\\S+\\s+other\\s+ACTIVE\\s+" + SLOT.replace(".", "\\.") + "\\s+yes");

            Files.delete(plugins.resolve("greeter-high.jar"));
            awaitActive(data, "io.keelson.test.greeter.low");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> plugin(data, "io.keelson.test.greeter.high").isEmpty());

            // a jar that is not a jar does not take the server or the others down
            Files.write(plugins.resolve("broken.jar"), new byte[] {1, 2, 3, 4});
            Thread.sleep(1500); // fileinstall polls every 500 ms; give it a few rounds to trip over the file
            assertThat(server.isAlive()).isTrue();
            awaitActive(data, "io.keelson.test.greeter.low");
            server.stop();
        }
    }

    private static void awaitActive(Path data, String symbolicName) {
        Awaitility.await(symbolicName + " active for its slot").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> plugin(data, symbolicName).map(p -> p.path("active").asBoolean()).orElse(false));
    }

    private static Optional<JsonNode> plugin(Path data, String symbolicName) throws Exception {
        KeelsonServer.Result r = KeelsonServer.run("plugins", "list", "--data-dir", data.toString(), "-o", "json");
        assertThat(r.exitCode()).as(r.output()).isZero();
        JsonNode answer = new ObjectMapper().readTree(r.output());
        return StreamSupport.stream(answer.path("plugins").spliterator(), false)
                .filter(p -> p.path("symbolicName").asText().equals(symbolicName)).findFirst();
    }
}
