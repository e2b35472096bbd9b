package io.keelson.apiserver.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import org.junit.jupiter.api.Test;

class PatchTest {

    private static JsonNode j(String json) throws Exception {
        return Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void mergePatchMergesMapsAndRemovesNulls() throws Exception {
        assertThat(MergePatch.apply(j("{'a':1,'b':{'c':2,'d':3}}"), j("{'a':null,'b':{'c':9},'e':[1]}")))
                .isEqualTo(j("{'b':{'c':9,'d':3},'e':[1]}"));
    }

    @Test
    void jsonPatchOperationsAndFailures() throws Exception {
        JsonNode doc = j("{'a':[1,2],'b':'x'}");
        assertThat(JsonPatch.apply(doc, j("[{'op':'add','path':'/a/-','value':3},{'op':'replace','path':'/b','value':'y'},"
                + "{'op':'move','from':'/b','path':'/c'},{'op':'test','path':'/c','value':'y'}]")))
                .isEqualTo(j("{'a':[1,2,3],'c':'y'}"));
        assertThatThrownBy(() -> JsonPatch.apply(doc, j("[{'op':'remove','path':'/nope'}]"))).isInstanceOf(PatchException.class);
        assertThatThrownBy(() -> JsonPatch.apply(doc, j("{'op':'add'}"))).isInstanceOf(PatchException.class);
        assertThatThrownBy(() -> JsonPatch.apply(doc, j("[{'op':'test','path':'/b','value':'z'}]"))).isInstanceOf(PatchException.class);
    }

    @Test
    void strategicMergeMergesContainersByNameAndPortsByContainerPort() throws Exception {
        JsonNode pod = j("{'spec':{'containers':[{'name':'a','image':'a:1','ports':[{'containerPort':80},{'containerPort':81}]},"
                + "{'name':'b','image':'b:1'}],'tolerations':[{'key':'x'}]}}");
        JsonNode patch = j("{'spec':{'containers':[{'name':'a','image':'a:2','ports':[{'containerPort':81,'name':'http'}]},"
                + "{'name':'b','$patch':'delete'},{'name':'c','image':'c:1'}],'tolerations':[{'key':'y'}]}}");
        assertThat(StrategicMergePatch.apply(pod, patch)).isEqualTo(j("{'spec':{'containers':[{'name':'a','image':'a:2','ports':"
                + "[{'containerPort':80},{'containerPort':81,'name':'http'}]},{'name':'c','image':'c:1'}],'tolerations':[{'key':'y'}]}}"));
    }

    @Test
    void strategicMergeReplacesAnEndpointSlicesPortsAndMergesAServicesByPort() throws Exception {
        // EndpointSlice.ports is +listType=atomic without a patch strategy: replaced as a whole
        assertThat(StrategicMergePatch.apply(j("{'ports':[{'port':80,'name':'a'}],'endpoints':[]}"), j("{'ports':[{'port':81,'name':'b'}]}")))
                .isEqualTo(j("{'ports':[{'port':81,'name':'b'}],'endpoints':[]}"));
        assertThat(StrategicMergePatch.apply(j("{'spec':{'ports':[{'port':80,'name':'a'}]}}"), j("{'spec':{'ports':[{'port':81,'name':'b'}]}}")))
                .isEqualTo(j("{'spec':{'ports':[{'port':80,'name':'a'},{'port':81,'name':'b'}]}}"));
    }

    @Test
    void strategicMergeMergesPodAndHostIpsByIp() throws Exception {
        // the kubelet's status patch (CreateTwoWayMergePatch on v1.Pod): podIPs and hostIPs have patchMergeKey ip
        JsonNode pod = j("{'status':{'podIPs':[{'ip':'10.0.0.1'},{'ip':'fd00::1'}],'hostIPs':[{'ip':'192.168.0.1'}]}}");
        JsonNode patch = j("{'status':{'$setElementOrder/podIPs':[{'ip':'10.0.0.2'},{'ip':'fd00::1'}],"
                + "'podIPs':[{'ip':'10.0.0.2'},{'$patch':'delete','ip':'10.0.0.1'}],'hostIPs':[{'ip':'192.168.0.2'}]}}");
        assertThat(StrategicMergePatch.apply(pod, patch)).isEqualTo(j("{'status':{'podIPs':[{'ip':'10.0.0.2'},{'ip':'fd00::1'}],"
                + "'hostIPs':[{'ip':'192.168.0.1'},{'ip':'192.168.0.2'}]}}"));
        assertThat(MergeKeys.listMapKeys(java.util.List.of("status", "hostIPs"))).isNull(); // atomic for server-side apply
        assertThat(MergeKeys.listMapKeys(java.util.List.of("status", "podIPs"))).containsExactly("ip");
    }

    @Test
    void strategicMergeMergesAServiceAccountsSecretsAndReplacesItsImagePullSecrets() throws Exception {
        // v1.ServiceAccount: secrets patchStrategy merge by name; imagePullSecrets no patch strategy (+listType=atomic)
        JsonNode sa = j("{'secrets':[{'name':'a'}],'imagePullSecrets':[{'name':'p'}]}");
        assertThat(StrategicMergePatch.apply(sa, j("{'secrets':[{'name':'b'}],'imagePullSecrets':[{'name':'q'}]}")))
                .isEqualTo(j("{'secrets':[{'name':'a'},{'name':'b'}],'imagePullSecrets':[{'name':'q'}]}"));
        // a pod's imagePullSecrets still merge by name
        assertThat(StrategicMergePatch.apply(j("{'spec':{'imagePullSecrets':[{'name':'p'}]}}"), j("{'spec':{'imagePullSecrets':[{'name':'q'}]}}")))
                .isEqualTo(j("{'spec':{'imagePullSecrets':[{'name':'p'},{'name':'q'}]}}"));
        assertThat(MergeKeys.listMapKeys(java.util.List.of("imagePullSecrets"))).isNull();
        assertThat(MergeKeys.listMapKeys(java.util.List.of("secrets"))).containsExactly("name");
    }

    @Test
    void strategicMergeDirectives() throws Exception {
        JsonNode obj = j("{'metadata':{'finalizers':['a','b'],'labels':{'x':'1','y':'2'}},'spec':{'strategy':{'type':'Recreate',"
                + "'rollingUpdate':null},'env':[{'name':'A','value':'1'},{'name':'B','value':'2'}]}}");
        JsonNode patch = j("{'metadata':{'$deleteFromPrimitiveList/finalizers':['a'],'labels':{'$patch':'replace','z':'3'}},"
                + "'spec':{'strategy':{'$retainKeys':['type'],'type':'RollingUpdate'},'$setElementOrder/env':[{'name':'B'},{'name':'A'}]}}");
        assertThat(StrategicMergePatch.apply(obj, patch)).isEqualTo(j("{'metadata':{'finalizers':['b'],'labels':{'z':'3'}},"
                + "'spec':{'strategy':{'type':'RollingUpdate'},'env':[{'name':'B','value':'2'},{'name':'A','value':'1'}]}}"));
    }
}
