package io.keelson.apis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DefaultsTest {
    private final ApiRules rules = ApiRules.standard();

    @Test
    void podDefaults() {
        Pod pod = Json.read("{'metadata':{'name':'p'},'spec':{'containers':[{'name':'c','image':'nginx',"
            + "'ports':[{'containerPort':80}],'resources':{'limits':{'cpu':'1','memory':'1Gi'}},"
            + "'livenessProbe':{'httpGet':{'port':80}}}]}}", Pod.class);
        rules.applyDefaults(pod);
        rules.prepareForCreate(pod);
        var spec = pod.getSpec();
        assertThat(spec.getRestartPolicy()).isEqualTo("Always");
        assertThat(spec.getDnsPolicy()).isEqualTo("ClusterFirst");
        assertThat(spec.getTerminationGracePeriodSeconds()).isEqualTo(30L);
        assertThat(spec.getSchedulerName()).isEqualTo("default-scheduler");
        assertThat(spec.getSecurityContext()).isNotNull();
        assertThat(spec.getEnableServiceLinks()).isTrue();
        Container c = spec.getContainers().get(0);
        assertThat(c.getImagePullPolicy()).isEqualTo("Always");
        assertThat(c.getTerminationMessagePath()).isEqualTo("/dev/termination-log");
        assertThat(c.getTerminationMessagePolicy()).isEqualTo("File");
        assertThat(c.getPorts().get(0).getProtocol()).isEqualTo("TCP");
        assertThat(c.getResources().getRequests()).containsOnlyKeys("cpu", "memory");
        assertThat(c.getResources().getRequests().get("memory").toString()).isEqualTo("1Gi");
        var probe = c.getLivenessProbe();
        assertThat(List.of(probe.getTimeoutSeconds(), probe.getPeriodSeconds(), probe.getSuccessThreshold(),
            probe.getFailureThreshold())).containsExactly(1, 10, 1, 3);
        assertThat(probe.getHttpGet().getPath()).isEqualTo("/");
        assertThat(probe.getHttpGet().getScheme()).isEqualTo("HTTP");
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(pod.getStatus().getQosClass()).isEqualTo("Guaranteed");
        assertThat(pod.getMetadata().getGeneration()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"nginx,Always", "nginx:latest,Always", "nginx:1.25,IfNotPresent",
        "registry.example.com:5000/team/app,Always", "registry.example.com:5000/team/app:v2,IfNotPresent",
        "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,IfNotPresent",
        "nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,Always",
        "Nginx,IfNotPresent"})
    void imagePullPolicy(String image, String policy) {
        Pod pod = Json.read("{'spec':{'containers':[{'name':'c','image':'" + image + "'}]}}", Pod.class);
        rules.applyDefaults(pod);
        assertThat(pod.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo(policy);
    }

    @Test
    void deploymentDefaults() {
        Deployment d = Json.read("{'metadata':{'name':'d'},'spec':{'selector':{'matchLabels':{'app':'a'}},"
            + "'template':{'metadata':{'labels':{'app':'a'}},'spec':{'containers':[{'name':'c','image':'nginx:1'}]}}}}",
            Deployment.class);
        rules.applyDefaults(d);
        rules.prepareForCreate(d);
        var spec = d.getSpec();
        assertThat(spec.getReplicas()).isEqualTo(1);
        assertThat(spec.getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(spec.getStrategy().getRollingUpdate().getMaxUnavailable().getStrVal()).isEqualTo("25%");
        assertThat(spec.getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(spec.getRevisionHistoryLimit()).isEqualTo(10);
        assertThat(spec.getProgressDeadlineSeconds()).isEqualTo(600);
        assertThat(spec.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Always");
        // templates get pod spec defaults but not the Pod-only enableServiceLinks
        assertThat(spec.getTemplate().getSpec().getEnableServiceLinks()).isNull();
        assertThat(spec.getTemplate().getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(d.getMetadata().getGeneration()).isEqualTo(1L);
    }

    @Test
    void statefulSetAndDaemonSetDefaults() {
        StatefulSet s = Json.read("{'spec':{'template':{'spec':{'containers':[{'name':'c','image':'x'}]}},"
            + "'volumeClaimTemplates':[{'metadata':{'name':'data'},'spec':{'accessModes':['ReadWriteOnce']}}]}}",
            StatefulSet.class);
        rules.applyDefaults(s);
        assertThat(s.getSpec().getPodManagementPolicy()).isEqualTo("OrderedReady");
        assertThat(s.getSpec().getUpdateStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(s.getSpec().getUpdateStrategy().getRollingUpdate().getPartition()).isZero();
        assertThat(s.getSpec().getReplicas()).isEqualTo(1);
        assertThat(s.getSpec().getRevisionHistoryLimit()).isEqualTo(10);
        assertThat(s.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isEqualTo("Retain");
        assertThat(s.getSpec().getVolumeClaimTemplates().get(0).getSpec().getVolumeMode()).isEqualTo("Filesystem");

        DaemonSet ds = Json.read("{'spec':{'template':{'spec':{'containers':[{'name':'c','image':'x'}]}}}}",
            DaemonSet.class);
        rules.applyDefaults(ds);
        var ru = ds.getSpec().getUpdateStrategy().getRollingUpdate();
        assertThat(ds.getSpec().getUpdateStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(ru.getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(ru.getMaxSurge().getIntVal()).isZero();
        assertThat(ds.getSpec().getRevisionHistoryLimit()).isEqualTo(10);
    }

    @Test
    void jobAndCronJobDefaults() {
        Job job = Json.read("{'metadata':{'name':'pi','uid':'u-1'},'spec':{'template':{'spec':{'restartPolicy':'Never',"
            + "'containers':[{'name':'c','image':'perl'}]}}}}", Job.class);
        rules.applyDefaults(job);
        var spec = job.getSpec();
        assertThat(List.of(spec.getCompletions(), spec.getParallelism(), spec.getBackoffLimit())).containsExactly(1, 1, 6);
        assertThat(spec.getCompletionMode()).isEqualTo("NonIndexed");
        assertThat(spec.getSuspend()).isFalse();
        assertThat(spec.getPodReplacementPolicy()).isEqualTo("TerminatingOrFailed");
        assertThat(spec.getSelector().getMatchLabels()).containsExactly(
            java.util.Map.entry("batch.kubernetes.io/controller-uid", "u-1"));
        assertThat(spec.getTemplate().getMetadata().getLabels()).containsEntry("job-name", "pi")
            .containsEntry("batch.kubernetes.io/job-name", "pi").containsEntry("controller-uid", "u-1");
        assertThat(job.getMetadata().getLabels()).containsEntry("batch.kubernetes.io/job-name", "pi");

        CronJob cj = Json.read("{'spec':{'schedule':'* * * * *','jobTemplate':{'spec':{'template':{'spec':"
            + "{'containers':[{'name':'c','image':'busybox'}]}}}}}}", CronJob.class);
        rules.applyDefaults(cj);
        assertThat(cj.getSpec().getConcurrencyPolicy()).isEqualTo("Allow");
        assertThat(cj.getSpec().getSuspend()).isFalse();
        assertThat(cj.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(3);
        assertThat(cj.getSpec().getFailedJobsHistoryLimit()).isEqualTo(1);
        assertThat(cj.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isNull();
        assertThat(cj.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getDnsPolicy()).isEqualTo("ClusterFirst");
    }

    @Test
    void serviceDefaults() {
        Service svc = Json.read("{'spec':{'ports':[{'port':80}]}}", Service.class);
        rules.applyDefaults(svc);
        var spec = svc.getSpec();
        assertThat(spec.getType()).isEqualTo("ClusterIP");
        assertThat(spec.getSessionAffinity()).isEqualTo("None");
        assertThat(spec.getPorts().get(0).getProtocol()).isEqualTo("TCP");
        assertThat(spec.getPorts().get(0).getTargetPort().getIntVal()).isEqualTo(80);
        assertThat(spec.getInternalTrafficPolicy()).isEqualTo("Cluster");
        assertThat(spec.getIpFamilyPolicy()).isEqualTo("SingleStack");
        assertThat(spec.getIpFamilies()).containsExactly("IPv4");
        assertThat(spec.getExternalTrafficPolicy()).isNull();
        Service np = Json.read("{'spec':{'type':'NodePort','ports':[{'port':80,'targetPort':'http'}]}}", Service.class);
        rules.applyDefaults(np);
        assertThat(np.getSpec().getExternalTrafficPolicy()).isEqualTo("Cluster");
        assertThat(np.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
    }

    @Test
    void namespaceSecretAndVolumes() {
        Namespace ns = Json.read("{'metadata':{'name':'n'}}", Namespace.class);
        rules.applyDefaults(ns);
        rules.prepareForCreate(ns);
        assertThat(ns.getSpec().getFinalizers()).containsExactly("kubernetes");
        assertThat(ns.getStatus().getPhase()).isEqualTo("Active");

        Secret s = Json.read("{'stringData':{'user':'admin'}}", Secret.class);
        rules.applyDefaults(s);
        assertThat(s.getType()).isEqualTo("Opaque");
        assertThat(s.getData()).containsEntry("user", "YWRtaW4=");
        assertThat(s.getStringData()).isNull();

        PersistentVolumeClaim pvc = Json.read("{'spec':{'accessModes':['ReadWriteOnce']}}", PersistentVolumeClaim.class);
        rules.applyDefaults(pvc);
        assertThat(pvc.getSpec().getVolumeMode()).isEqualTo("Filesystem");
        assertThat(pvc.getStatus().getPhase()).isEqualTo("Pending");

        PersistentVolume pv = Json.read("{'spec':{'hostPath':{'path':'/x'}}}", PersistentVolume.class);
        rules.applyDefaults(pv);
        assertThat(pv.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Retain");
        assertThat(pv.getStatus().getPhase()).isEqualTo("Pending");
    }

    @Test
    void malformedObjectsAreLeftAlone() {
        for (var o : List.of(new Pod(), new Deployment(), new Job(), new CronJob(), new Service(), new StatefulSet(),
            new DaemonSet(), new Namespace(), new Secret())) {
            rules.applyDefaults(o);
            rules.prepareForCreate(o);
            assertThat(rules.validateCreate(o)).isNotNull();
            assertThat(rules.validateUpdate(o, o)).isNotNull();
            assertThat(rules.cells(o, java.time.Instant.now())).isNotEmpty();
            assertThat(rules.unknownFields(o)).isEmpty();
        }
    }
}
