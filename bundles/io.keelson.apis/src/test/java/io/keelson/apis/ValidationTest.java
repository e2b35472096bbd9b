package io.keelson.apis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private final ApiRules rules = ApiRules.standard();

    private <T extends HasMetadata> T defaulted(String json, Class<T> type) {
        T o = Json.read(json, type);
        rules.applyDefaults(o);
        return o;
    }

    private List<String> create(HasMetadata o) {
        return rules.validateCreate(o).stream().map(FieldError::message).toList();
    }

    @Test
    void podContainersRequired() {
        Pod pod = defaulted("{'metadata':{'name':'p'},'spec':{'containers':[]}}", Pod.class);
        assertThat(create(pod)).containsExactly("spec.containers: Required value");
    }

    @Test
    void podContainerFields() {
        Pod pod = defaulted("{'metadata':{'name':'p'},'spec':{'restartPolicy':'Sometimes','containers':["
            + "{'name':'web','image':'nginx','ports':[{'containerPort':70000,'protocol':'HTTP'}]},"
            + "{'name':'web'},{'image':'x'}]}}", Pod.class);
        assertThat(create(pod)).containsExactly(
            "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            "spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"",
            "spec.containers[1].name: Duplicate value: \"web\"",
            "spec.containers[1].image: Required value",
            "spec.containers[2].name: Required value",
            "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
    }

    @Test
    void podUpdateMayChangeImagesOnly() {
        Pod old = defaulted("{'metadata':{'name':'p'},'spec':{'containers':[{'name':'c','image':'nginx:1'}]}}", Pod.class);
        Pod image = defaulted("{'metadata':{'name':'p'},'spec':{'containers':[{'name':'c','image':'nginx:2',"
            + "'imagePullPolicy':'IfNotPresent'}]}}", Pod.class);
        assertThat(rules.validateUpdate(image, old)).isEmpty();
        Pod ports = defaulted("{'metadata':{'name':'p'},'spec':{'containers':[{'name':'c','image':'nginx:1',"
            + "'ports':[{'containerPort':80}]}]}}", Pod.class);
        assertThat(rules.validateUpdate(ports, old).stream().map(FieldError::message)).containsExactly(
            "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,"
                + "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to "
                + "existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was "
                + "previously negative)");
    }

    @Test
    void deploymentSelectorMustMatchTemplate() {
        Deployment d = defaulted("{'metadata':{'name':'d'},'spec':{'selector':{'matchLabels':{'app':'web'}},"
            + "'template':{'metadata':{'labels':{'app':'api','tier':'x'}},'spec':{'containers':[{'name':'c','image':'x'}]}}}}",
            Deployment.class);
        assertThat(create(d)).containsExactly("spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"app\":\"api\", \"tier\":\"x\"}: `selector` does not match template `labels`");
        Deployment none = defaulted("{'metadata':{'name':'d'},'spec':{'template':{'metadata':{'labels':{'app':'a'}},"
            + "'spec':{'containers':[{'name':'c','image':'x'}]}}}}", Deployment.class);
        assertThat(create(none)).containsExactly("spec.selector: Required value",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"a\"}: `selector` does not "
                + "match template `labels`");
        Deployment restart = defaulted("{'metadata':{'name':'d'},'spec':{'selector':{'matchLabels':{'app':'a'}},"
            + "'template':{'metadata':{'labels':{'app':'a'}},'spec':{'restartPolicy':'Never','containers':"
            + "[{'name':'c','image':'x'}]}}}}", Deployment.class);
        assertThat(create(restart)).containsExactly(
            "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"");
    }

    @Test
    void deploymentSelectorIsImmutable() {
        String t = "'template':{'metadata':{'labels':{'app':'a','v':'1'}},'spec':{'containers':[{'name':'c','image':'x'}]}}";
        Deployment old = defaulted("{'metadata':{'name':'d'},'spec':{'selector':{'matchLabels':{'app':'a'}}," + t + "}}",
            Deployment.class);
        Deployment now = defaulted("{'metadata':{'name':'d'},'spec':{'selector':{'matchLabels':{'app':'a','v':'1'}},"
            + t + "}}", Deployment.class);
        assertThat(rules.validateUpdate(now, old).stream().map(FieldError::message)).containsExactly(
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"a\", \"v\":\"1\"}, "
                + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable");
    }

    @Test
    void serviceRules() {
        Service noPorts = defaulted("{'metadata':{'name':'s'},'spec':{'selector':{'app':'a'}}}", Service.class);
        assertThat(create(noPorts)).containsExactly("spec.ports: Required value");
        Service headless = defaulted("{'metadata':{'name':'s'},'spec':{'clusterIP':'None'}}", Service.class);
        assertThat(create(headless)).isEmpty();
        Service bad = defaulted("{'metadata':{'name':'s'},'spec':{'ports':[{'port':0},{'name':'b','port':80}]}}",
            Service.class);
        assertThat(create(bad)).contains("spec.ports[0].name: Required value",
            "spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive");
        Service old = defaulted("{'metadata':{'name':'s'},'spec':{'clusterIP':'10.96.0.10','clusterIPs':['10.96.0.10'],"
            + "'ports':[{'port':80}]}}", Service.class);
        Service moved = defaulted("{'metadata':{'name':'s'},'spec':{'clusterIP':'10.96.0.11','clusterIPs':['10.96.0.11'],"
            + "'ports':[{'port':80}]}}", Service.class);
        assertThat(rules.validateUpdate(moved, old).stream().map(FieldError::message))
            .containsExactly("spec.clusterIPs[0]: Invalid value: []string{\"10.96.0.11\"}: may not change once set");
    }

    @Test
    void configMapKeys() {
        ConfigMap cm = defaulted("{'metadata':{'name':'c'},'data':{'ok.key':'1','bad key':'2'}}", ConfigMap.class);
        assertThat(create(cm)).containsExactly("data[bad key]: Invalid value: \"bad key\": a valid config key must "
            + "consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', "
            + "regex used for validation is '[-._a-zA-Z0-9]+')");
        ConfigMap immutable = defaulted("{'metadata':{'name':'c'},'immutable':true,'data':{'a':'1'}}", ConfigMap.class);
        ConfigMap changed = defaulted("{'metadata':{'name':'c'},'immutable':true,'data':{'a':'2'}}", ConfigMap.class);
        assertThat(rules.validateUpdate(changed, immutable).stream().map(FieldError::message))
            .containsExactly("data: Forbidden: field is immutable when `immutable` is set");
    }

    @Test
    void jobRestartPolicy() {
        Job job = defaulted("{'metadata':{'name':'j','uid':'u'},'spec':{'template':{'spec':{'containers':"
            + "[{'name':'c','image':'x'}]}}}}", Job.class);
        assertThat(create(job)).containsExactly("spec.template.spec.restartPolicy: Unsupported value: \"Always\": "
            + "supported values: \"OnFailure\", \"Never\"");
    }

    @Test
    void errorTypesCarryReasons() {
        Pod pod = defaulted("{'metadata':{'name':'p'},'spec':{'containers':[]}}", Pod.class);
        FieldError e = rules.validateCreate(pod).get(0);
        assertThat(e.type().reason()).isEqualTo("FieldValueRequired");
        assertThat(e.field()).isEqualTo("spec.containers");
        assertThat(e.body()).isEqualTo("Required value");
    }

    @Test
    void generationAndSpecChange() {
        assertThat(rules.tracksGeneration("apps", "Deployment")).isTrue();
        assertThat(rules.tracksGeneration("", "Pod")).isFalse();
        Deployment a = defaulted("{'metadata':{'name':'d'},'spec':{'replicas':1}}", Deployment.class);
        Deployment b = defaulted("{'metadata':{'name':'d','labels':{'x':'y'}},'spec':{'replicas':1},"
            + "'status':{'replicas':3}}", Deployment.class);
        Deployment c = defaulted("{'metadata':{'name':'d'},'spec':{'replicas':2}}", Deployment.class);
        assertThat(rules.specChanged(b, a)).isFalse();
        assertThat(rules.specChanged(c, a)).isTrue();
    }

    // rbac, storage and coordination rules: the fuzz run found objects stored that Kubernetes refuses

    @Test
    void storageClassNeedsAProvisioner() {
        assertThat(create(defaulted("{'metadata':{'name':'s'}}", StorageClass.class))).containsExactly("provisioner: Required value");
        assertThat(create(defaulted("{'metadata':{'name':'s'},'provisioner':'example.com/x'}", StorageClass.class))).isEmpty();
        assertThat(create(defaulted("{'metadata':{'name':'s'},'provisioner':'a b','reclaimPolicy':'Recycle',"
            + "'volumeBindingMode':'Later'}", StorageClass.class))).hasSize(3).anyMatch(m -> m.startsWith("provisioner: Invalid value: \"a b\""))
            .contains("reclaimPolicy: Unsupported value: \"Recycle\": supported values: \"Delete\", \"Retain\"",
                "volumeBindingMode: Unsupported value: \"Later\": supported values: \"Immediate\", \"WaitForFirstConsumer\"");
    }

    @Test
    void storageClassProvisionerAndParametersAreImmutable() {
        StorageClass old = defaulted("{'metadata':{'name':'s'},'provisioner':'example.com/x','parameters':{'a':'1'}}", StorageClass.class);
        StorageClass changed = defaulted("{'metadata':{'name':'s'},'provisioner':'example.com/y','parameters':{'a':'2'}}", StorageClass.class);
        assertThat(rules.validateUpdate(changed, old).stream().map(FieldError::message)).containsExactly(
            "parameters: Forbidden: updates to parameters are forbidden.", "provisioner: Forbidden: updates to provisioner are forbidden.");
        assertThat(rules.validateUpdate(old, old)).isEmpty();
    }

    @Test
    void policyRulesNeedVerbsAndResources() {
        Role role = defaulted("{'metadata':{'name':'r','namespace':'n'},'rules':[{'apiGroups':[''],'resources':['pods']},"
            + "{'verbs':['get']},{'verbs':['get'],'nonResourceURLs':['/healthz']}]}", Role.class);
        assertThat(create(role)).containsExactly("rules[0].verbs: Required value: verbs must contain at least one value",
            "rules[1].apiGroups: Required value: resource rules must supply at least one api group",
            "rules[1].resources: Required value: resource rules must supply at least one resource",
            "rules[2].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs");
        ClusterRole cluster = defaulted("{'metadata':{'name':'c'},'rules':[{'verbs':['get'],'nonResourceURLs':['/healthz']},"
            + "{'verbs':['*'],'apiGroups':['*'],'resources':['*']}]}", ClusterRole.class);
        assertThat(create(cluster)).isEmpty();
    }

    @Test
    void leaseDurationsArePositive() {
        Lease lease = defaulted("{'metadata':{'name':'l','namespace':'n'},'spec':{'leaseDurationSeconds':0,'leaseTransitions':-1}}", Lease.class);
        assertThat(create(lease)).containsExactly("spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0",
            "spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0");
    }
}
