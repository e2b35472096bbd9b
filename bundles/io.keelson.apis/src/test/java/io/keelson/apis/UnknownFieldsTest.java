package io.keelson.apis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {
    private final ApiRules rules = ApiRules.standard();

    @Test
    void reportsPathsLikeKubernetes() {
        Pod pod = Json.read("{'metadata':{'name':'p','colour':'red'},'spec':{'foo':1,'containers':[{'name':'a',"
            + "'image':'x'},{'name':'b','image':'y','bar':{'deep':true},'ports':[{'containerPort':80,'hostIp2':'x'}]}]},"
            + "'extra':[]}", Pod.class);
        assertThat(rules.unknownFields(pod)).containsExactlyInAnyOrder("extra", "metadata.colour", "spec.foo",
            "spec.containers[1].bar", "spec.containers[1].ports[0].hostIp2");
    }

    @Test
    void templatePaths() {
        Deployment d = Json.read("{'spec':{'template':{'spec':{'containers':[{'name':'c','image':'x'}],"
            + "'replicas':3}}}}", Deployment.class);
        assertThat(rules.unknownFields(d)).containsExactly("spec.template.spec.replicas");
    }

    @Test
    void fieldsNewerThan132AreUnknown() {
        Pod pod = Json.read("{'spec':{'hostnameOverride':'h','containers':[{'name':'c','image':'x',"
            + "'lifecycle':{'stopSignal':'SIGTERM'}}]}}", Pod.class);
        assertThat(rules.unknownFields(pod)).containsExactlyInAnyOrder("spec.hostnameOverride",
            "spec.containers[0].lifecycle.stopSignal");
    }

    @Test
    void knownFieldsAndFreeFormValuesAreNotReported() {
        Pod pod = Json.read("{'metadata':{'name':'p','labels':{'any':'thing'},'annotations':{'a':'b'}},"
            + "'spec':{'containers':[{'name':'c','image':'x','resources':{'limits':{'cpu':'1'}},"
            + "'ports':[{'containerPort':80}],'livenessProbe':{'httpGet':{'port':'http'}}}],"
            + "'resources':{'limits':{'cpu':'2'}}}}", Pod.class);
        // spec.resources (pod-level resources) is an alpha field of v1.32: known, so not reported
        assertThat(rules.unknownFields(pod)).isEmpty();
        rules.applyDefaults(pod);
        assertThat(pod.getSpec().getResources()).isNull();
    }
}
