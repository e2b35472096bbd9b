package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Create, read, update, delete with the fabric8 client: values read back from the server, errors as fabric8 reports them. */
class Fabric8CrudTest extends Fabric8Server {

    @Test
    void configMapsRoundTrip() {
        String ns = namespace("f8-cm");
        ConfigMap created = client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .addToLabels("app", "web").endMetadata().addToData("color", "blue").build()).create();
        assertThat(created.getMetadata().getUid()).isNotBlank();
        assertThat(created.getMetadata().getResourceVersion()).isNotBlank();
        assertThat(created.getMetadata().getCreationTimestamp()).isNotBlank();
        assertThat(created.getMetadata().getNamespace()).isEqualTo(ns);

        ConfigMap read = client.configMaps().inNamespace(ns).withName("settings").get();
        assertThat(read.getData()).containsExactly(Map.entry("color", "blue"));
        assertThat(read.getMetadata().getUid()).isEqualTo(created.getMetadata().getUid());

        ConfigMap edited = client.configMaps().inNamespace(ns).withName("settings").edit(cm -> new ConfigMapBuilder(cm).addToData("size", "L").build());
        assertThat(Long.parseLong(edited.getMetadata().getResourceVersion())).isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion()));
        assertThat(client.configMaps().inNamespace(ns).withName("settings").get().getData()).containsEntry("size", "L").containsEntry("color", "blue");

        // update() with the stale resourceVersion is a 409 Conflict, as Kubernetes answers
        ConfigMap stale = new ConfigMapBuilder(created).addToData("color", "red").build();
        assertThatThrownBy(() -> client.configMaps().inNamespace(ns).resource(stale).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(client.configMaps().inNamespace(ns).withName("settings").get().getData()).containsEntry("color", "blue");

        // a duplicate create is 409 AlreadyExists
        assertThatThrownBy(() -> client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getReason()).isEqualTo("AlreadyExists");
                });

        assertThat(client.configMaps().inNamespace(ns).withLabel("app", "web").list().getItems()).extracting(c -> c.getMetadata().getName())
                .containsExactly("settings");
        assertThat(client.configMaps().inNamespace(ns).withLabel("app", "db").list().getItems()).isEmpty();

        assertThat(client.configMaps().inNamespace(ns).withName("settings").delete()).hasSize(1);
        assertThat(client.configMaps().inNamespace(ns).withName("settings").get()).isNull();
        assertThat(client.configMaps().inNamespace(ns).withName("settings").delete()).isEmpty();
    }

    @Test
    void podsAreDefaultedAndDeleted() {
        String ns = namespace("f8-pods");
        Pod pod = client.pods().inNamespace(ns).resource(new PodBuilder().withNewMetadata().withName("web").addToLabels("tier", "front").endMetadata()
                .withNewSpec().addNewContainer().withName("nginx").withImage("nginx:1.27").addNewPort().withContainerPort(80).endPort()
                .endContainer().endSpec().build()).create();
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Always");
        assertThat(pod.getSpec().getDnsPolicy()).isEqualTo("ClusterFirst");
        assertThat(pod.getSpec().getTerminationGracePeriodSeconds()).isEqualTo(30L);
        assertThat(pod.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(pod.getSpec().getContainers().get(0).getPorts().get(0).getProtocol()).isEqualTo("TCP");

        Pod read = client.pods().inNamespace(ns).withName("web").get();
        assertThat(read.getSpec().getContainers()).extracting(c -> c.getImage()).containsExactly("nginx:1.27");
        assertThat(read.getMetadata().getLabels()).containsEntry("tier", "front");

        Pod labelled = client.pods().inNamespace(ns).withName("web").edit(p -> new PodBuilder(p).editMetadata().addToLabels("v", "2").endMetadata().build());
        assertThat(labelled.getMetadata().getLabels()).containsEntry("v", "2");
        assertThat(client.pods().inNamespace(ns).withLabel("v", "2").list().getItems()).hasSize(1);
        assertThat(client.pods().inAnyNamespace().withField("metadata.name", "web").list().getItems())
                .extracting(p -> p.getMetadata().getNamespace()).contains(ns);

        // the pod spec's containers are immutable: Kubernetes answers 422 Invalid
        assertThatThrownBy(() -> client.pods().inNamespace(ns).withName("web").edit(p -> new PodBuilder(p).editSpec().editFirstContainer()
                .withName("other").endContainer().endSpec().build()))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422));

        client.pods().inNamespace(ns).withName("web").withGracePeriod(0).delete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> client.pods().inNamespace(ns).withName("web").get() == null);
        assertThat(client.pods().inNamespace(ns).list().getItems()).isEmpty();
    }

    @Test
    void deploymentsRoundTripWithGenerationAndScale() {
        String ns = namespace("f8-deploy");
        Deployment d = client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata().withName("api").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "api").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "api").endMetadata()
                .withNewSpec().addNewContainer().withName("api").withImage("example/api:1").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        assertThat(d.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(d.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(d.getSpec().getRevisionHistoryLimit()).isEqualTo(10);

        Deployment updated = client.apps().deployments().inNamespace(ns).withName("api").edit(x -> new DeploymentBuilder(x).editSpec()
                .editTemplate().editSpec().editFirstContainer().withImage("example/api:2").endContainer().endSpec().endTemplate().endSpec().build());
        assertThat(updated.getMetadata().getGeneration()).isEqualTo(2L);
        // a metadata-only change does not bump the generation
        Deployment labelled = client.apps().deployments().inNamespace(ns).withName("api").edit(x -> new DeploymentBuilder(x).editMetadata()
                .addToLabels("team", "core").endMetadata().build());
        assertThat(labelled.getMetadata().getGeneration()).isEqualTo(2L);

        client.apps().deployments().inNamespace(ns).withName("api").scale(5);
        Deployment scaled = client.apps().deployments().inNamespace(ns).withName("api").get();
        assertThat(scaled.getSpec().getReplicas()).isEqualTo(5);
        assertThat(scaled.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("example/api:2");

        assertThat(client.apps().deployments().inNamespace(ns).withName("api").delete()).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> client.apps().deployments().inNamespace(ns).withName("api").get() == null);
    }

    @Test
    void namespacesAreClusterScopedAndDeletable() {
        Namespace created = client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("f8-ns").addToLabels("env", "test")
                .endMetadata().build()).create();
        assertThat(created.getMetadata().getNamespace()).isNull();
        assertThat(client.namespaces().list().getItems()).extracting(n -> n.getMetadata().getName())
                .contains("default", "kube-system", "kube-public", "f8-ns");
        assertThat(client.namespaces().withLabel("env", "test").list().getItems()).extracting(n -> n.getMetadata().getName()).containsExactly("f8-ns");
        assertThat(client.namespaces().withName("f8-ns").get().getStatus().getPhase()).isEqualTo("Active");

        client.configMaps().inNamespace("f8-ns").resource(new ConfigMapBuilder().withNewMetadata().withName("inside").endMetadata().build()).create();
        client.namespaces().withName("f8-ns").delete();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> client.namespaces().withName("f8-ns").get() == null);
        assertThat(client.configMaps().inNamespace("f8-ns").list().getItems()).isEmpty();

        // a bad name is 422 Invalid, with the name in the message as Kubernetes words it
        assertThatThrownBy(() -> client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("Bad_Name").endMetadata().build())
                .create()).isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getReason()).isEqualTo("Invalid");
                    assertThat(e.getStatus().getDetails().getCauses()).isNotEmpty();
                });
    }
}
