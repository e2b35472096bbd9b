package io.keelson.launcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The configuration of this start, one {@code <pid>.cfg} per component in the data dir's
 * {@code run/etc}; the io.keelson.boot bundle hands them to Config Admin. Only components whose
 * bundle is installed are configured, since start-up waits for every configured one.
 */
final class ComponentConfigs {

    static final String SQLITE = "io.keelson.store.sqlite";
    static final String ETCD = "io.keelson.store.etcd";
    static final String PLUGIN_HOST = "io.keelson.plugin.host";
    static final String APISERVER = "io.keelson.apiserver";

    private ComponentConfigs() {
    }

    static Map<String, Map<String, String>> of(UpCommand up, DataDir dir, Path pluginsDir, Set<String> installed) {
        Map<String, Map<String, String>> configs = new LinkedHashMap<>();
        if (up.store == UpCommand.StoreKind.sqlite) {
            configs.put(SQLITE, Map.of("path", dir.store().toString()));
        } else {
            configs.put(ETCD, Map.of("endpoints", String.join(",", up.etcdEndpoints), "keyPrefix", up.etcdPrefix));
        }
        configs.put(PLUGIN_HOST, Map.of("controlSocket", dir.controlSocket().toString(), "pluginsDir", pluginsDir.toString()));
        configs.put(APISERVER, Map.of("dataDir", dir.root().toString(), "bindAddress", up.bindAddress,
                "securePort", Integer.toString(up.port), "insecurePort", Integer.toString(up.insecurePort)));
        for (String pid : Set.copyOf(configs.keySet())) {
            if (!installed.contains(pid)) {
                if (pid.equals(SQLITE) || pid.equals(ETCD)) {
                    throw new LauncherException("the distribution has no bundle " + pid + " for --store " + up.store
                            + ": rebuild it (mvn install) or choose another --store");
                }
                configs.remove(pid);
            }
        }
        return configs;
    }

    /** Replaces the folder's .cfg files with {@code configs}. */
    static void write(Path folder, Map<String, Map<String, String>> configs) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path f : old.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                    Files.delete(f);
                }
            }
            for (Map.Entry<String, Map<String, String>> e : configs.entrySet()) {
                Properties props = new Properties();
                props.putAll(e.getValue());
                try (Writer out = Files.newBufferedWriter(folder.resolve(e.getKey() + ".cfg"))) {
                    props.store(out, "written by keelson up; changes are lost at the next start");
                }
            }
        } catch (IOException e) {
            throw new LauncherException("cannot write component configuration to " + folder + ": " + e.getMessage(), e);
        }
    }
}
