package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.testing.RunningApiServer;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ClusterIPs and node ports as the service registry allocates them, and the default/kubernetes service. */
class ServicesTest extends ClusterTest {

    static String service(String name, String clusterIp) {
        return "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + "}\nspec: {clusterIP: \"" + clusterIp
                + "\", selector: {app: x}, ports: [{port: 80}]}\n";
    }

    @Test
    void theKubernetesServicePointsAtTheApiServer() throws Exception {
        assertThat(k.ok("get", "svc", "kubernetes").out()).containsPattern("kubernetes\\s+ClusterIP\\s+10\\.96\\.0\\.1\\s+<none>\\s+443/TCP");
        int port = URI.create(k.server.url()).getPort();
        JsonNode endpoints = k.json("get", "endpoints", "kubernetes", "-o", "json");
        assertThat(endpoints.path("subsets").get(0).path("ports").get(0).path("port").asInt()).isEqualTo(port);
        assertThat(k.ok("get", "endpointslices", "kubernetes", "-o", "jsonpath={.ports[0].port}").out()).isEqualTo(Integer.toString(port));
    }

    @Test
    void clusterIpsAndNodePortsAreAllocatedOnceEach() throws Exception {
        Set<String> ips = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            k.ok("create", "service", "clusterip", "c" + i, "--tcp=80:8080");
            String ip = k.ok("get", "svc", "c" + i, "-o", "jsonpath={.spec.clusterIP}").out();
            assertThat(ip).matches("10\\.(9[6-9]|10[0-9]|11[01])\\.\\d+\\.\\d+");
            ips.add(ip);
        }
        assertThat(ips).hasSize(10);
        k.ok("create", "service", "nodeport", "np", "--tcp=80:8080");
        assertThat(k.ok("get", "svc", "np").out()).containsPattern("np\\s+NodePort\\s+10\\.\\S+\\s+<none>\\s+80:3\\d{4}/TCP");
        k.ok("create", "service", "clusterip", "headless", "--clusterip=None", "--tcp=80");
        assertThat(k.ok("get", "svc", "headless", "-o", "jsonpath={.spec.clusterIP}").out()).isEqualTo("None");
        k.ok("create", "service", "externalname", "ext", "--external-name=example.com");
        assertThat(k.ok("get", "svc", "ext", "-o", "jsonpath={.spec.clusterIP}").out()).isEmpty();
    }

    @Test
    void requestedAddressesAreCheckedAndFreedOnDelete() throws Exception {
        k.file("taken.yaml", service("taken", "10.96.0.1"));
        assertThat(k.fails("apply", "-f", "taken.yaml").err()).contains("The Service \"taken\" is invalid: spec.clusterIPs: Invalid value: "
                + "[]string{\"10.96.0.1\"}: failed to allocate IP 10.96.0.1: provided IP is already allocated");
        k.file("outside.yaml", service("outside", "192.168.0.10"));
        assertThat(k.fails("apply", "-f", "outside.yaml").err()).contains("provided IP is not in the valid range. The range of valid IPs is "
                + "10.96.0.0/12");
        k.file("fixed.yaml", service("fixed", "10.100.0.10"));
        k.ok("apply", "-f", "fixed.yaml");
        k.ok("delete", "svc", "fixed");
        k.file("again.yaml", service("again", "10.100.0.10"));
        assertThat(k.ok("apply", "-f", "again.yaml").out()).isEqualTo("service/again created\n");
    }

    @Test
    void replaceWithoutTheAllocatedFieldsKeepsThem() throws Exception {
        k.ok("create", "service", "nodeport", "kept", "--tcp=80:8080");
        JsonNode before = k.json("get", "svc", "kept", "-o", "json");
        k.file("kept.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: kept}\nspec:\n  type: NodePort\n  selector: {app: kept}\n"
                + "  ports: [{name: 80-8080, port: 80, targetPort: 8080}]\n");
        assertThat(k.ok("replace", "-f", "kept.yaml").out()).isEqualTo("service/kept replaced\n");
        JsonNode after = k.json("get", "svc", "kept", "-o", "json");
        assertThat(after.path("spec").path("clusterIP")).isEqualTo(before.path("spec").path("clusterIP"));
        assertThat(after.path("spec").path("ports").get(0).path("nodePort")).isEqualTo(before.path("spec").path("ports").get(0).path("nodePort"));
    }
}
