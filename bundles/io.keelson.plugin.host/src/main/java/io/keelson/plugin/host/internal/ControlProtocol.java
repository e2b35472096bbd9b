package io.keelson.plugin.host.internal;

import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.keelson.plugin.api.PluginInfo;
import io.keelson.plugin.api.PluginRegistry;

/**
 * The control socket's protocol: one command line in, one JSON document out. Kept apart from the
 * socket so it can be tested without one; the {@code keelson} CLI depends on these exact keys.
 *
 * <pre>
 * client: plugins list\n            (UTF-8; runs of blanks are collapsed, leading/trailing blanks and \r ignored)
 * server: {"plugins":[{"symbolicName":"..","name":"..","version":"1.0.0","kind":"cri|cni|scheduler|store|other",
 *          "state":"INSTALLED|RESOLVED|STARTING|STOPPING|ACTIVE","slot":"a.b.Spi" or null,"active":true,
 *          "location":"file:/.../x.jar"}],"pluginsDir":".."}\n   then closes the connection
 * other commands: {"error":"unknown command \"X\"; known: plugins list"}\n
 * </pre>
 */
final class ControlProtocol {

    static final String PLUGINS_LIST = "plugins list";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PluginRegistry registry;
    private final Supplier<String> pluginsDir;

    ControlProtocol(PluginRegistry registry, Supplier<String> pluginsDir) {
        this.registry = registry;
        this.pluginsDir = pluginsDir;
    }

    /** Answers one command (the line without its terminator); never throws for bad input. */
    String answer(String command) {
        String cmd = command == null ? "" : command.strip().replaceAll("\\s+", " ");
        ObjectNode doc = MAPPER.createObjectNode();
        if (PLUGINS_LIST.equals(cmd)) {
            ArrayNode list = doc.putArray("plugins");
            for (PluginInfo p : registry.plugins()) {
                ObjectNode n = list.addObject();
                n.put("symbolicName", p.symbolicName());
                n.put("name", p.name());
                n.put("version", p.version());
                n.put("kind", p.kind());
                n.put("state", p.state());
                n.put("slot", p.slot());
                n.put("active", p.active());
                n.put("location", p.location());
            }
            doc.put("pluginsDir", pluginsDir.get());
        } else {
            doc.put("error", "unknown command \"" + cmd + "\"; known: " + PLUGINS_LIST);
        }
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
