package io.keelson.apiserver.internal.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldManagerTest {

    private static final ResourceType DEPLOYMENTS = new ResourceRegistry().find("apps", "v1", "deployments").orElseThrow();
    private static final String T1 = "2026-01-01T00:00:00Z";
    private static final String T2 = "2026-01-01T00:01:00Z";

    private static ObjectNode j(String json) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static JsonNode fields(ObjectNode o, int entry) {
        return o.path("metadata").path("managedFields").get(entry).path("fieldsV1");
    }

    @Test
    void fieldsV1RoundTripsAndPrintsPathsAsStructuredMergeDiff() throws Exception {
        JsonNode v1 = j("{'f:spec':{'f:containers':{'k:{\\'name\\':\\'a\\'}':{'.':{},'f:image':{}}}},'f:metadata':{'f:finalizers':{'v:\\'x\\'':{}}}}"
                .replace("\\'", "\\\""));
        FieldSet set = FieldSet.fromJson(v1);
        assertThat(set.toJson()).isEqualTo(v1);
        assertThat(set.members().stream().map(FieldSet::pathString))
                .containsExactly(".metadata.finalizers[=\"x\"]", ".spec.containers[name=\"a\"]", ".spec.containers[name=\"a\"].image");
        FieldSet image = FieldSet.empty();
        image.insert(List.of("f:spec", "f:containers", "k:{\"name\":\"a\"}", "f:image"));
        assertThat(set.difference(image).members()).hasSize(2);
        assertThat(set.intersection(image).members()).hasSize(1);
    }

    @Test
    void updateOwnsWhatItChangedAndAddedNodesCarryADot() throws Exception {
        ObjectNode created = j("{'metadata':{'name':'d','labels':{'app':'a'}},'spec':{'replicas':1,'selector':{'matchLabels':{'app':'a'}},"
                + "'template':{'spec':{'containers':[{'name':'c','image':'i','env':[{'name':'A','value':'1'}]}]}}},'status':{'replicas':0}}");
        FieldManager.update(DEPLOYMENTS, null, created, "kubectl-create", null, T1);
        assertThat(fields(created, 0)).isEqualTo(j("{'f:metadata':{'f:labels':{'.':{},'f:app':{}}},'f:spec':{'f:replicas':{},"
                + "'f:selector':{},'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'c\\'}':{'.':{},'f:env':{'.':{},"
                + "'k:{\\'name\\':\\'A\\'}':{'.':{},'f:name':{},'f:value':{}}},'f:image':{},'f:name':{}}}}}}}".replace("\\'", "\\\"")));

        ObjectNode scaled = created.deepCopy();
        ((ObjectNode) scaled.get("spec")).put("replicas", 3);
        FieldManager.update(DEPLOYMENTS, created, scaled, "kubectl-scale", null, T2);
        JsonNode managed = scaled.path("metadata").path("managedFields");
        assertThat(managed).hasSize(2);
        assertThat(managed.get(0).path("manager").asText()).isEqualTo("kubectl-create");
        assertThat(managed.get(0).path("fieldsV1").path("f:spec").has("f:replicas")).isFalse();
        assertThat(managed.get(1).path("fieldsV1")).isEqualTo(j("{'f:spec':{'f:replicas':{}}}"));
        assertThat(managed.get(1).path("time").asText()).isEqualTo(T2);
    }

    @Test
    void applyConflictsWithAnotherOwnerUnlessForcedOrEqual() throws Exception {
        ObjectNode live = j("{'metadata':{'name':'d'},'spec':{'replicas':1}}");
        FieldManager.update(DEPLOYMENTS, null, live, "kubectl-patch", null, T1);
        ObjectNode config = j("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'d'},'spec':{'replicas':2}}");
        assertThatThrownBy(() -> FieldManager.apply(DEPLOYMENTS, live, config, "kubectl", false, null, T2))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage())
                            .isEqualTo("Apply failed with 1 conflict: conflict with \"kubectl-patch\" using apps/v1: .spec.replicas");
                    assertThat(e.status().path("details").path("causes").get(0).path("reason").asText()).isEqualTo("FieldManagerConflict");
                });
        ObjectNode same = j("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'d'},'spec':{'replicas':1}}");
        assertThat(FieldManager.apply(DEPLOYMENTS, live, same, "kubectl", false, null, T2).path("metadata").path("managedFields"))
                .hasSize(2);
        ObjectNode forced = FieldManager.apply(DEPLOYMENTS, live, config, "kubectl", true, null, T2);
        assertThat(forced.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(forced.path("metadata").path("managedFields")).hasSize(1);
    }

    @Test
    void applyRemovesFieldsTheApplierNoLongerSetsAndMergesKeyedLists() throws Exception {
        ObjectNode first = j("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'d','labels':{'a':'1','b':'2'}},"
                + "'spec':{'template':{'spec':{'containers':[{'name':'x','image':'x:1'},{'name':'y','image':'y:1'}]}}}}");
        ObjectNode live = FieldManager.apply(DEPLOYMENTS, null, first, "m", false, null, T1);
        ObjectNode second = j("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'d','labels':{'a':'1'}},"
                + "'spec':{'template':{'spec':{'containers':[{'name':'y','image':'y:2'}]}}}}");
        ObjectNode next = FieldManager.apply(DEPLOYMENTS, live, second, "m", false, null, T2);
        assertThat(next.path("metadata").path("labels")).isEqualTo(j("{'a':'1'}"));
        assertThat(next.path("spec").path("template").path("spec").path("containers")).isEqualTo(Json.MAPPER.readTree(
                "[{\"name\":\"y\",\"image\":\"y:2\"}]"));
    }
}
