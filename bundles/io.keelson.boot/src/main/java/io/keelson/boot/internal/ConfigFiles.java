package io.keelson.boot.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads {@code <pid>.cfg} files (Java properties, as Felix fileinstall reads them) from a folder. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** PID to its properties, for every {@code *.cfg} in {@code dir}; empty when the folder is absent. */
    static Map<String, Hashtable<String, Object>> read(Path dir) throws IOException {
        Map<String, Hashtable<String, Object>> configs = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return configs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted().toList()) {
                String name = file.getFileName().toString();
                Properties props = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    props.load(in);
                }
                Hashtable<String, Object> dict = new Hashtable<>();
                props.stringPropertyNames().forEach(k -> dict.put(k, props.getProperty(k)));
                configs.put(name.substring(0, name.length() - ".cfg".length()), dict);
            }
        }
        return configs;
    }
}
