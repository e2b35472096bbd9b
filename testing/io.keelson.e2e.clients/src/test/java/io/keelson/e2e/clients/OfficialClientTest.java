package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.reflect.TypeToken;
import io.keelson.testing.RunningApiServer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.Watch;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official Kubernetes Java client (client-java), built from the kubeconfig alone: CRUD on core and apps, and a watch. */
class OfficialClientTest {

    @TempDir
    static Path dir;
    static RunningApiServer server;
    static ApiClient client;
    static CoreV1Api core;
    static AppsV1Api apps;

    @BeforeAll
    static void start() throws Exception {
        server = RunningApiServer.start(dir);
        try (Reader reader = Files.newBufferedReader(server.kubeconfig())) {
            client = ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(reader)).build();
        }
        // watches are long reads; the other calls are short anyway
        client.setHttpClient(client.getHttpClient().newBuilder().readTimeout(0, TimeUnit.SECONDS).build());
        core = new CoreV1Api(client);
        apps = new AppsV1Api(client);
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.getHttpClient().dispatcher().executorService().shutdown();
            client.getHttpClient().connectionPool().evictAll();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * client-java leaves apiVersion and kind unset unless the caller sets them, and Kubernetes fills them in from the URL. The
     * suite sets them (so the other tests get past FINDINGS.md F-2); {@link #createsObjectsThatNameNoKindOrApiVersion} pins F-2.
     */
    static String namespace(String name) throws ApiException {
        core.createNamespace(new V1Namespace().apiVersion("v1").kind("Namespace").metadata(new V1ObjectMeta().name(name))).execute();
        return name;
    }

    @Test
    void createsObjectsThatNameNoKindOrApiVersion() throws Exception {
        V1Namespace ns = core.createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name("jc-bare"))).execute();
        assertThat(ns.getMetadata().getUid()).isNotBlank();
        V1ConfigMap cm = core.createNamespacedConfigMap("jc-bare", new V1ConfigMap().metadata(new V1ObjectMeta().name("bare")).putDataItem("k", "v"))
                .execute();
        assertThat(cm.getKind()).isEqualTo("ConfigMap");
        assertThat(core.readNamespacedConfigMap("bare", "jc-bare").execute().getData()).containsEntry("k", "v");
    }

    @Test
    void namespacesAndConfigMaps() throws Exception {
        String ns = namespace("jc-cm");
        assertThat(core.readNamespace(ns).execute().getStatus().getPhase()).isEqualTo("Active");
        assertThat(core.listNamespace().execute().getItems()).extracting(n -> n.getMetadata().getName())
                .contains("default", "kube-system", "kube-public", ns);

        V1ConfigMap created = core.createNamespacedConfigMap(ns, new V1ConfigMap().apiVersion("v1").kind("ConfigMap").metadata(new V1ObjectMeta().name("conf").putLabelsItem("app", "x"))
                .putDataItem("key", "one")).execute();
        assertThat(created.getMetadata().getUid()).isNotBlank();
        assertThat(created.getMetadata().getCreationTimestamp()).isNotNull();

        V1ConfigMap read = core.readNamespacedConfigMap("conf", ns).execute();
        assertThat(read.getData()).isEqualTo(Map.of("key", "one"));
        read.putDataItem("key", "two");
        V1ConfigMap replaced = core.replaceNamespacedConfigMap("conf", ns, read).execute();
        assertThat(Long.parseLong(replaced.getMetadata().getResourceVersion())).isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion()));
        assertThat(core.readNamespacedConfigMap("conf", ns).execute().getData()).isEqualTo(Map.of("key", "two"));

        // replacing with the old resourceVersion is a 409 Conflict
        created.putDataItem("key", "stale");
        assertThatThrownBy(() -> core.replaceNamespacedConfigMap("conf", ns, created).execute())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));

        assertThat(core.listNamespacedConfigMap(ns).labelSelector("app=x").execute().getItems()).hasSize(1);
        assertThat(core.listNamespacedConfigMap(ns).labelSelector("app in (y,z)").execute().getItems()).isEmpty();
        assertThat(core.listNamespacedConfigMap(ns).fieldSelector("metadata.name=conf").execute().getItems()).hasSize(1);

        core.deleteNamespacedConfigMap("conf", ns).execute();
        assertThatThrownBy(() -> core.readNamespacedConfigMap("conf", ns).execute())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void podsCrud() throws Exception {
        String ns = namespace("jc-pods");
        V1Pod pod = new V1Pod().apiVersion("v1").kind("Pod").metadata(new V1ObjectMeta().name("p1").putLabelsItem("app", "p"))
                .spec(new V1PodSpec().addContainersItem(new V1Container().name("c").image("busybox:latest")));
        V1Pod created = core.createNamespacedPod(ns, pod).execute();
        assertThat(created.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
        assertThat(created.getSpec().getRestartPolicy()).isEqualTo("Always");

        V1Pod read = core.readNamespacedPod("p1", ns).execute();
        read.getMetadata().putAnnotationsItem("note", "hello");
        core.replaceNamespacedPod("p1", ns, read).execute();
        assertThat(core.readNamespacedPod("p1", ns).execute().getMetadata().getAnnotations()).containsEntry("note", "hello");
        assertThat(core.listNamespacedPod(ns).execute().getItems()).extracting(p -> p.getMetadata().getName()).containsExactly("p1");

        core.deleteNamespacedPod("p1", ns).gracePeriodSeconds(0).execute();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> core.listNamespacedPod(ns).execute().getItems().isEmpty());
    }

    @Test
    void deploymentsCrud() throws Exception {
        String ns = namespace("jc-deploy");
        V1Deployment d = new V1Deployment().apiVersion("apps/v1").kind("Deployment").metadata(new V1ObjectMeta().name("web")).spec(new V1DeploymentSpec().replicas(3)
                .selector(new V1LabelSelector().putMatchLabelsItem("app", "web"))
                .template(new V1PodTemplateSpec().metadata(new V1ObjectMeta().putLabelsItem("app", "web"))
                        .spec(new V1PodSpec().addContainersItem(new V1Container().name("web").image("nginx:1.27")))));
        V1Deployment created = apps.createNamespacedDeployment(ns, d).execute();
        assertThat(created.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(created.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");

        V1Deployment read = apps.readNamespacedDeployment("web", ns).execute();
        read.getSpec().setReplicas(4);
        V1Deployment replaced = apps.replaceNamespacedDeployment("web", ns, read).execute();
        assertThat(replaced.getMetadata().getGeneration()).isEqualTo(2L);
        assertThat(apps.readNamespacedDeployment("web", ns).execute().getSpec().getReplicas()).isEqualTo(4);
        assertThat(apps.readNamespacedDeploymentScale("web", ns).execute().getSpec().getReplicas()).isEqualTo(4);
        assertThat(apps.listNamespacedDeployment(ns).execute().getItems()).hasSize(1);

        apps.deleteNamespacedDeployment("web", ns).execute();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> apps.listNamespacedDeployment(ns).execute().getItems().isEmpty());
    }

    @Test
    void watchSeesAnUpdate() throws Exception {
        String ns = namespace("jc-watch");
        V1ConfigMap created = core.createNamespacedConfigMap(ns, new V1ConfigMap().apiVersion("v1").kind("ConfigMap").metadata(new V1ObjectMeta().name("watched")).putDataItem("v", "1"))
                .execute();
        String rv = created.getMetadata().getResourceVersion();
        List<String> seen = new ArrayList<>();
        // createWatch returns once the response headers arrive; Kubernetes sends them as soon as the watch is registered
        java.util.concurrent.FutureTask<Watch<V1ConfigMap>> opening = new java.util.concurrent.FutureTask<>(() -> Watch.createWatch(client,
                core.listNamespacedConfigMap(ns).watch(true).resourceVersion(rv).timeoutSeconds(30).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() { }.getType()));
        new Thread(opening, "open-watch").start();
        Awaitility.await("the watch is established (response headers sent before any event)").atMost(Duration.ofSeconds(20))
                .until(opening::isDone);
        try (Watch<V1ConfigMap> watch = opening.get()) {
            created.putDataItem("v", "2");
            V1ConfigMap updated = core.replaceNamespacedConfigMap("watched", ns, created).execute();
            for (Watch.Response<V1ConfigMap> event : watch) {
                seen.add(event.type + " " + event.object.getData().get("v") + " " + event.object.getMetadata().getResourceVersion());
                if (event.type.equals("MODIFIED")) {
                    break;
                }
            }
            assertThat(seen).containsExactly("MODIFIED 2 " + updated.getMetadata().getResourceVersion());
        }
    }
}
