package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** kubectl apply --server-side on lists keyed by several fields: a Service's ports by port and protocol. */
class ServerSideApplyListKeysTest extends ClusterTest {

    @Test
    void servicePortsAreOwnedByPortAndProtocol() throws Exception {
        k.file("dns.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: dns}
                spec:
                  selector: {app: dns}
                  ports:
                  - {name: dns-tcp, port: 53, protocol: TCP}
                  - {name: dns-udp, port: 53, protocol: UDP}
                """);
        assertThat(k.ok("apply", "--server-side", "-f", "dns.yaml").out()).isEqualTo("service/dns serverside-applied\n");
        JsonNode svc = k.json("get", "svc", "dns", "-o", "json", "--show-managed-fields");
        assertThat(svc.path("spec").path("ports")).hasSize(2);
        JsonNode ports = svc.path("metadata").path("managedFields").get(0).path("fieldsV1").path("f:spec").path("f:ports");
        assertThat(ports.has("k:{\"port\":53,\"protocol\":\"TCP\"}")).isTrue();
        assertThat(ports.has("k:{\"port\":53,\"protocol\":\"UDP\"}")).isTrue();

        k.file("udp.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: dns}
                spec:
                  ports:
                  - {name: resolver, port: 53, protocol: UDP}
                """);
        assertThat(k.fails("apply", "--server-side", "--field-manager=other", "-f", "udp.yaml").err())
                .contains("Apply failed with 1 conflict: conflict with \"kubectl\": .spec.ports[port=53,protocol=\"UDP\"].name");
        k.ok("apply", "--server-side", "--field-manager=other", "--force-conflicts", "-f", "udp.yaml");
        svc = k.json("get", "svc", "dns", "-o", "json", "--show-managed-fields");
        assertThat(svc.path("spec").path("ports").findValuesAsText("name")).containsExactly("dns-tcp", "resolver");
        JsonNode managers = svc.path("metadata").path("managedFields");
        JsonNode kubectl = managers.get(0).path("manager").asText().equals("kubectl") ? managers.get(0) : managers.get(1);
        JsonNode kept = kubectl.path("fieldsV1").path("f:spec").path("f:ports");
        assertThat(kept.path("k:{\"port\":53,\"protocol\":\"TCP\"}").has("f:name")).isTrue();
        assertThat(kept.path("k:{\"port\":53,\"protocol\":\"UDP\"}").has("f:name")).isFalse();
    }
}
