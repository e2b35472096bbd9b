package io.keelson.apis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.keelson.apis.internal.print.Ages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PrintersTest {
    private final ApiRules rules = ApiRules.standard();
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final String CREATED = "'creationTimestamp':'2024-06-01T11:50:00Z'";

    @ParameterizedTest
    @CsvSource({"5,5s", "119,119s", "150,2m30s", "180,3m", "600,10m", "10799,179m", "11100,3h5m", "28800,8h",
        "183600,2d3h", "172800,2d", "34560000,400d", "63072000,2y", "-1,0s", "-3,<invalid>"})
    void humanDuration(long seconds, String text) {
        assertThat(Ages.human(Duration.ofSeconds(seconds))).isEqualTo(text);
    }

    private List<String> names(String group, String kind) {
        return rules.columns(group, kind).stream().map(c -> c.getName() + (c.getPriority() == 1 ? "*" : "")).toList();
    }

    @Test
    void columnsPerKind() {
        assertThat(names("", "Pod")).containsExactly("Name", "Ready", "Status", "Restarts", "Age", "IP*", "Node*",
            "Nominated Node*", "Readiness Gates*");
        assertThat(names("", "Namespace")).containsExactly("Name", "Status", "Age");
        assertThat(names("", "Node")).startsWith("Name", "Status", "Roles", "Age", "Version");
        assertThat(names("apps", "Deployment")).containsExactly("Name", "Ready", "Up-to-date", "Available", "Age",
            "Containers*", "Images*", "Selector*");
        assertThat(names("batch", "Job")).startsWith("Name", "Status", "Completions", "Duration", "Age");
        assertThat(names("", "Event")).startsWith("Last Seen", "Type", "Reason", "Object", "Subobject*");
        assertThat(names("", "LimitRange")).containsExactly("Name", "Created At");
        assertThat(names("example.com", "Widget")).containsExactly("Name", "Age");
        TableColumnDefinition name = rules.columns("", "Pod").get(0);
        assertThat(name.getFormat()).isEqualTo("name");
        assertThat(name.getType()).isEqualTo("string");
        for (String[] gk : new String[][] {{"", "Service"}, {"", "Endpoints"}, {"", "ConfigMap"}, {"", "Secret"},
            {"", "ServiceAccount"}, {"", "ResourceQuota"}, {"", "PersistentVolume"}, {"", "PersistentVolumeClaim"},
            {"", "ReplicationController"}, {"apps", "ReplicaSet"}, {"apps", "StatefulSet"}, {"apps", "DaemonSet"},
            {"apps", "ControllerRevision"}, {"batch", "CronJob"}, {"autoscaling", "HorizontalPodAutoscaler"},
            {"coordination.k8s.io", "Lease"}, {"rbac.authorization.k8s.io", "Role"},
            {"rbac.authorization.k8s.io", "ClusterRoleBinding"}, {"storage.k8s.io", "StorageClass"},
            {"discovery.k8s.io", "EndpointSlice"}, {"policy", "PodDisruptionBudget"}, {"events.k8s.io", "Event"}}) {
            assertThat(names(gk[0], gk[1])).as(gk[1]).isNotEqualTo(List.of("Name", "Age"));
        }
    }

    private Pod pod(String status) {
        return Json.read("{'metadata':{'name':'p'," + CREATED + "},'spec':{'containers':[{'name':'a','image':'x'}]},"
            + "'status':" + status + "}", Pod.class);
    }

    @Test
    void podStatusReasons() {
        assertThat(rules.cells(pod("{'phase':'Pending'}"), NOW))
            .containsExactly("p", "0/1", "Pending", "0", "10m", "<none>", "<none>", "<none>", "<none>");
        assertThat(rules.cells(pod("{'phase':'Pending','containerStatuses':[{'name':'a','ready':false,'restartCount':0,"
            + "'state':{'waiting':{'reason':'ContainerCreating'}}}]}"), NOW).get(2)).isEqualTo("ContainerCreating");
        List<Object> crash = rules.cells(pod("{'phase':'Running','podIPs':[{'ip':'10.1.0.5'}],"
            + "'containerStatuses':[{'name':'a','ready':false,'restartCount':3,"
            + "'state':{'waiting':{'reason':'CrashLoopBackOff'}},"
            + "'lastState':{'terminated':{'exitCode':1,'finishedAt':'2024-06-01T11:55:00Z'}}}]}"), NOW);
        assertThat(crash.subList(1, 6)).containsExactly("0/1", "CrashLoopBackOff", "3 (5m ago)", "10m", "10.1.0.5");
        assertThat(rules.cells(pod("{'phase':'Running','containerStatuses':[{'name':'a','ready':true,'restartCount':0,"
            + "'state':{'running':{}}}]}"), NOW).subList(1, 3)).containsExactly("1/1", "Running");
        assertThat(rules.cells(pod("{'phase':'Succeeded','containerStatuses':[{'name':'a','ready':false,"
            + "'restartCount':0,'state':{'terminated':{'exitCode':0,'reason':'Completed'}}}]}"), NOW).get(2))
            .isEqualTo("Completed");
        Pod init = Json.read("{'metadata':{'name':'p'},'spec':{'initContainers':[{'name':'i','image':'x'}],"
            + "'containers':[{'name':'a','image':'x'}]},'status':{'phase':'Pending','initContainerStatuses':[{'name':'i',"
            + "'ready':false,'restartCount':0,'state':{'running':{}}}]}}", Pod.class);
        assertThat(rules.cells(init, NOW).get(2)).isEqualTo("Init:0/1");
        Pod deleting = Json.read("{'metadata':{'name':'p','deletionTimestamp':'2024-06-01T11:59:00Z'},"
            + "'spec':{'containers':[{'name':'a','image':'x'}]},'status':{'phase':'Running'}}", Pod.class);
        assertThat(rules.cells(deleting, NOW).get(2)).isEqualTo("Terminating");
    }

    @Test
    void coreRows() {
        Namespace ns = Json.read("{'metadata':{'name':'default'," + CREATED + "},'status':{'phase':'Active'}}",
            Namespace.class);
        assertThat(rules.cells(ns, NOW)).containsExactly("default", "Active", "10m");
        Node node = Json.read("{'metadata':{'name':'n1'," + CREATED + ",'labels':{'node-role.kubernetes.io/control-plane':''}},"
            + "'status':{'conditions':[{'type':'Ready','status':'True'}],'nodeInfo':{'kubeletVersion':'v1.32.0'},"
            + "'addresses':[{'type':'InternalIP','address':'192.0.2.10'}]}}", Node.class);
        assertThat(rules.cells(node, NOW)).containsExactly("n1", "Ready", "control-plane", "10m", "v1.32.0",
            "192.0.2.10", "<none>", "<unknown>", "<unknown>", "<unknown>");
        Service svc = Json.read("{'metadata':{'name':'web'," + CREATED + "},'spec':{'type':'NodePort',"
            + "'clusterIPs':['10.96.0.20'],'selector':{'app':'web'},'ports':[{'port':80,'nodePort':30080,"
            + "'protocol':'TCP'},{'port':443,'protocol':'TCP'}]}}", Service.class);
        assertThat(rules.cells(svc, NOW)).containsExactly("web", "NodePort", "10.96.0.20", "<none>",
            "80:30080/TCP,443/TCP", "10m", "app=web");
        ConfigMap cm = Json.read("{'metadata':{'name':'c'," + CREATED + "},'data':{'a':'1','b':'2'}}", ConfigMap.class);
        assertThat(rules.cells(cm, NOW)).containsExactly("c", 2L, "10m");
    }

    @Test
    void workloadRows() {
        Deployment d = Json.read("{'metadata':{'name':'web'," + CREATED + "},'spec':{'replicas':3,"
            + "'selector':{'matchLabels':{'app':'web'}},'template':{'spec':{'containers':[{'name':'nginx',"
            + "'image':'nginx:1.25'}]}}},'status':{'readyReplicas':2,'updatedReplicas':3,'availableReplicas':2}}",
            Deployment.class);
        assertThat(rules.cells(d, NOW)).containsExactly("web", "2/3", 3L, 2L, "10m", "nginx", "nginx:1.25", "app=web");
        Job job = Json.read("{'metadata':{'name':'pi'," + CREATED + "},'spec':{'completions':1},"
            + "'status':{'succeeded':1,'startTime':'2024-06-01T11:50:00Z','completionTime':'2024-06-01T11:50:42Z',"
            + "'conditions':[{'type':'Complete','status':'True'}]}}", Job.class);
        assertThat(rules.cells(job, NOW).subList(0, 5)).containsExactly("pi", "Complete", "1/1", "42s", "10m");
    }

    @Test
    void fallbackForOtherKinds() {
        GenericKubernetesResource r = new GenericKubernetesResource();
        r.setApiVersion("example.com/v1");
        r.setKind("Widget");
        r.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("w")
            .withCreationTimestamp("2024-06-01T11:59:30Z").build());
        assertThat(rules.cells(r, NOW)).containsExactly("w", "30s");
    }
}
