package io.keelson.plugin.host.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.keelson.plugin.api.PluginInfo;

class ControlProtocolTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ControlProtocol protocol = new ControlProtocol(() -> List.of(
            new PluginInfo("io.keelson.cri.docker", "Docker runtime", "1.2.0", "cri", "ACTIVE",
                    "io.keelson.cri.api.RuntimeService", true, "file:/p/docker.jar"),
            new PluginInfo("io.keelson.scheduler.spread", null, "0.1.0", "scheduler", "RESOLVED",
                    null, false, "file:/p/spread.jar")), () -> "/var/lib/keelson/plugins");

    @Test
    void pluginsListAnswersEveryFieldOfEveryPlugin() throws Exception {
        JsonNode doc = MAPPER.readTree(protocol.answer("plugins list"));

        assertThat(doc.get("pluginsDir").asText()).isEqualTo("/var/lib/keelson/plugins");
        assertThat(doc.get("plugins")).hasSize(2);
        JsonNode docker = doc.get("plugins").get(0);
        assertThat(docker.get("symbolicName").asText()).isEqualTo("io.keelson.cri.docker");
        assertThat(docker.get("name").asText()).isEqualTo("Docker runtime");
        assertThat(docker.get("version").asText()).isEqualTo("1.2.0");
        assertThat(docker.get("kind").asText()).isEqualTo("cri");
        assertThat(docker.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(docker.get("slot").asText()).isEqualTo("io.keelson.cri.api.RuntimeService");
        assertThat(docker.get("active").isBoolean()).isTrue();
        assertThat(docker.get("active").asBoolean()).isTrue();
        assertThat(docker.get("location").asText()).isEqualTo("file:/p/docker.jar");
        JsonNode spread = doc.get("plugins").get(1);
        assertThat(spread.get("name").asText()).as("name defaults to the symbolic name")
                .isEqualTo("io.keelson.scheduler.spread");
        assertThat(spread.get("slot").isNull()).isTrue();
        assertThat(spread.get("active").asBoolean()).isFalse();
    }

    @Test
    void extraWhitespaceInTheCommandIsTolerated() throws Exception {
        assertThat(MAPPER.readTree(protocol.answer("  plugins   list \r")).has("plugins")).isTrue();
    }

    @Test
    void unknownCommandGetsAnErrorNamingTheKnownOnes() throws Exception {
        JsonNode doc = MAPPER.readTree(protocol.answer("plugins frobnicate"));

        assertThat(doc.get("error").asText())
                .isEqualTo("unknown command \"plugins frobnicate\"; known: plugins list");
        assertThat(doc.has("plugins")).isFalse();
    }

    @Test
    void quotesInAnUnknownCommandStayValidJson() throws Exception {
        JsonNode doc = MAPPER.readTree(protocol.answer("say \"hi\""));

        assertThat(doc.get("error").asText()).startsWith("unknown command \"say \"hi\"\"");
    }
}
