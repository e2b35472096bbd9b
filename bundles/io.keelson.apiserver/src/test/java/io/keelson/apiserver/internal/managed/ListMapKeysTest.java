package io.keelson.apiserver.internal.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import org.junit.jupiter.api.Test;

/** Associative lists keyed by several fields (Service ports by port and protocol, container ports by containerPort and protocol). */
class ListMapKeysTest {

    private static final ResourceRegistry REGISTRY = new ResourceRegistry();
    private static final ResourceType SERVICES = REGISTRY.find("", "v1", "services").orElseThrow();
    private static final ResourceType DEPLOYMENTS = REGISTRY.find("apps", "v1", "deployments").orElseThrow();
    private static final String T1 = "2026-01-01T00:00:00Z";
    private static final String T2 = "2026-01-01T00:01:00Z";
    private static final String TCP = "k:{\"port\":80,\"protocol\":\"TCP\"}";
    private static final String UDP = "k:{\"port\":80,\"protocol\":\"UDP\"}";

    private static ObjectNode j(String json) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static ObjectNode service(String ports) throws Exception {
        return j("{'apiVersion':'v1','kind':'Service','metadata':{'name':'s'},'spec':{'ports':[" + ports + "]}}");
    }

    private static JsonNode ports(ObjectNode o, int entry) {
        return o.path("metadata").path("managedFields").get(entry).path("fieldsV1").path("f:spec").path("f:ports");
    }

    @Test
    void samePortWithTwoProtocolsIsTwoItemsOwnedOneByOne() throws Exception {
        ObjectNode live = FieldManager.apply(SERVICES, null,
                service("{'name':'tcp','port':80,'protocol':'TCP'},{'name':'udp','port':80,'protocol':'UDP'}"), "a", false, null, T1);
        assertThat(live.path("spec").path("ports")).hasSize(2);
        assertThat(ports(live, 0).path(TCP)).isEqualTo(j("{'.':{},'f:name':{},'f:port':{},'f:protocol':{}}"));
        assertThat(ports(live, 0).has(UDP)).isTrue();

        // another applier takes 80/UDP's targetPort: no conflict with 80/TCP, which it does not touch
        ObjectNode next = FieldManager.apply(SERVICES, live, service("{'port':80,'protocol':'UDP','targetPort':8080}"), "b", false, null, T2);
        assertThat(next.path("spec").path("ports")).hasSize(2);
        assertThat(next.path("spec").path("ports").get(1).path("targetPort").asInt()).isEqualTo(8080);
        assertThat(next.path("spec").path("ports").get(0).has("targetPort")).isFalse();
        assertThat(ports(next, 1).path(UDP)).isEqualTo(j("{'.':{},'f:port':{},'f:protocol':{},'f:targetPort':{}}"));
        assertThat(ports(next, 1).has(TCP)).isFalse();
    }

    @Test
    void conflictsNameTheItemByAllItsKeys() throws Exception {
        ObjectNode live = FieldManager.apply(SERVICES, null,
                service("{'name':'tcp','port':80,'protocol':'TCP'},{'name':'udp','port':80,'protocol':'UDP'}"), "a", false, null, T1);
        assertThatThrownBy(() -> FieldManager.apply(SERVICES, live, service("{'name':'dns','port':80,'protocol':'UDP'}"), "b", false, null, T2))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "Apply failed with 1 conflict: conflict with \"a\": .spec.ports[port=80,protocol=\"UDP\"].name"));
    }

    @Test
    void aMissingProtocolKeysTheItemAsTcp() throws Exception {
        ObjectNode live = FieldManager.apply(SERVICES, null, service("{'port':80}"), "a", false, null, T1);
        assertThat(ports(live, 0).has(TCP)).isTrue();
        ((ObjectNode) live.path("spec").path("ports").get(0)).put("protocol", "TCP"); // as defaulting leaves it
        ObjectNode next = FieldManager.apply(SERVICES, live, service("{'port':80,'protocol':'TCP','name':'web'}"), "a", false, null, T2);
        assertThat(next.path("spec").path("ports")).hasSize(1);
        assertThat(next.path("spec").path("ports").get(0).path("name").asText()).isEqualTo("web");
    }

    @Test
    void anUpdateOwnsContainerPortsByContainerPortAndProtocol() throws Exception {
        ObjectNode d = j("{'metadata':{'name':'d'},'spec':{'template':{'spec':{'containers':[{'name':'c','image':'i',"
                + "'ports':[{'containerPort':53,'protocol':'TCP'},{'containerPort':53,'protocol':'UDP'}]}]}}}}");
        FieldManager.update(DEPLOYMENTS, null, d, "kubectl-create", null, T1);
        JsonNode ports = d.path("metadata").path("managedFields").get(0).path("fieldsV1").path("f:spec").path("f:template")
                .path("f:spec").path("f:containers").path("k:{\"name\":\"c\"}").path("f:ports");
        assertThat(ports.has("k:{\"containerPort\":53,\"protocol\":\"TCP\"}")).isTrue();
        assertThat(ports.path("k:{\"containerPort\":53,\"protocol\":\"UDP\"}")).isEqualTo(j("{'.':{},'f:containerPort':{},'f:protocol':{}}"));
    }

    @Test
    void otherPortListsStayAtomic() throws Exception {
        ResourceType slices = REGISTRY.find("discovery.k8s.io", "v1", "endpointslices").orElseThrow();
        ObjectNode slice = j("{'metadata':{'name':'e'},'addressType':'IPv4','ports':[{'port':80,'protocol':'TCP'}]}");
        FieldManager.update(slices, null, slice, "m", null, T1);
        assertThat(slice.path("metadata").path("managedFields").get(0).path("fieldsV1").path("f:ports")).isEqualTo(j("{}"));
    }

    @Test
    void aJobsStatusConditionsAreAtomicWhereADeploymentsAreKeyedByType() throws Exception {
        // batch/v1 JobStatus.Conditions is +listType=atomic (strategic merge patch still merges it by type)
        ResourceType jobs = REGISTRY.find("batch", "v1", "jobs").orElseThrow();
        String status = "'status':{'conditions':[{'type':'Complete','status':'True'}]}";
        ObjectNode job = j("{'metadata':{'name':'j'}," + status + "}");
        FieldManager.update(jobs, null, job, "job-controller", "status", T1);
        assertThat(job.path("metadata").path("managedFields").get(0).path("fieldsV1").path("f:status").path("f:conditions"))
                .isEqualTo(j("{}"));
        ObjectNode d = j("{'metadata':{'name':'d'}," + status.replace("Complete", "Available") + "}");
        FieldManager.update(DEPLOYMENTS, null, d, "deployment-controller", "status", T1);
        assertThat(d.path("metadata").path("managedFields").get(0).path("fieldsV1").path("f:status").path("f:conditions")
                .has("k:{\"type\":\"Available\"}")).isTrue();
    }
}
