package io.keelson.pki.internal;

import io.keelson.pki.api.IssuedCertificate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The admin kubeconfig, as kubeadm writes admin.conf (YAML by hand: no YAML library needed). */
final class Kubeconfig {

    private Kubeconfig() {
    }

    static String admin(String serverUrl, String caPem, IssuedCertificate client) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: keelson
                  cluster:
                    server: %s
                    certificate-authority-data: %s
                contexts:
                - name: keelson
                  context:
                    cluster: keelson
                    user: keelson-admin
                current-context: keelson
                preferences: {}
                users:
                - name: keelson-admin
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                """.formatted(quote(serverUrl), b64(caPem), b64(client.certificatePem()), b64(client.privateKeyPem()));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String b64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }
}
