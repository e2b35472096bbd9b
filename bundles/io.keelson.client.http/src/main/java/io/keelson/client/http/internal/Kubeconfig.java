package io.keelson.client.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * What a client needs from a kubeconfig: the server URL, the CA, and the client certificate and key
 * of the current context, each PEM, given inline ({@code *-data}, base64) or as a file path.
 *
 * @param server         e.g. {@code https://127.0.0.1:6443}
 * @param caPem          the cluster CA certificate(s)
 * @param certificatePem the client certificate (chain)
 * @param keyPem         the client key: PKCS#8, SEC1 (EC) or PKCS#1 (RSA)
 */
public record Kubeconfig(String server, String caPem, String certificatePem, String keyPem) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static Kubeconfig read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read kubeconfig " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("kubeconfig " + file + " is not a YAML mapping");
        }
        String contextName = root.path("current-context").asText("");
        JsonNode context = named(root, "contexts", contextName, "context", file);
        JsonNode cluster = named(root, "clusters", context.path("cluster").asText(), "cluster", file);
        JsonNode user = named(root, "users", context.path("user").asText(), "user", file);
        Path base = file.toAbsolutePath().getParent();
        String server = cluster.path("server").asText("");
        if (server.isEmpty()) {
            throw new IllegalArgumentException("kubeconfig " + file + ": cluster has no server");
        }
        return new Kubeconfig(server, pem(cluster, "certificate-authority", base, file), pem(user, "client-certificate", base, file),
                pem(user, "client-key", base, file));
    }

    /** The entry of {@code list} called {@code name}, or the only one when no name is given. */
    private static JsonNode named(JsonNode root, String list, String name, String field, Path file) {
        JsonNode entries = root.path(list);
        for (JsonNode entry : entries) {
            if (entry.path("name").asText().equals(name) || (name.isEmpty() && entries.size() == 1)) {
                return entry.path(field);
            }
        }
        throw new IllegalArgumentException("kubeconfig " + file + ": no " + field + " named '" + name + "' in " + list);
    }

    private static String pem(JsonNode section, String key, Path base, Path file) {
        String data = section.path(key + "-data").asText("");
        if (!data.isEmpty()) {
            return new String(Base64.getMimeDecoder().decode(data), StandardCharsets.US_ASCII);
        }
        String path = section.path(key).asText("");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("kubeconfig " + file + " has neither " + key + "-data nor " + key
                    + " (only client-certificate authentication is supported)");
        }
        try {
            return Files.readString(base.resolve(path), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("kubeconfig " + file + ": cannot read " + key + " " + path + ": " + e.getMessage(), e);
        }
    }
}
