package io.keelson.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keelson plugins}: what the running server has installed. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "Inspect the plugins of a running server.",
        subcommands = PluginsCommand.ListCommand.class)
public final class PluginsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List installed plugin bundles: name, version, kind, state,",
                "and which one is active for its slot."})
    static final class ListCommand implements Callable<Integer> {

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Data dir of the server (default: ${DEFAULT-VALUE}).")
        Path dataDir = DataDir.defaultPath();

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
        String output = "table";

        @Override
        public Integer call() {
            JsonNode answer = new ControlClient(new DataDir(dataDir).controlSocket()).call("plugins list");
            if (output.equals("json")) {
                System.out.println(answer.toPrettyString());
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"NAME", "VERSION", "KIND", "STATE", "SLOT", "ACTIVE"});
            for (JsonNode p : answer.path("plugins")) {
                String slot = p.path("slot").isNull() || p.path("slot").isMissingNode() ? "-" : p.path("slot").asText();
                rows.add(new String[] {p.path("symbolicName").asText(), p.path("version").asText(), p.path("kind").asText(),
                    p.path("state").asText(), slot, slot.equals("-") ? "-" : p.path("active").asBoolean() ? "yes" : "no"});
            }
            System.out.print(Columns.format(rows));
            if (rows.size() == 1) {
                System.out.println("(no plugins installed; drop plugin jars into " + answer.path("pluginsDir").asText() + ")");
            }
            return 0;
        }
    }
}
