package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keelson.testing.RunningApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Real kubectl against an API server on the SQLite store over HTTPS with the admin client certificate. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlEndToEndTest {

    @TempDir
    static Path dir;
    static RunningApiServer server;
    static Kubectl kubectl;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(Kubectl.BINARY)), "kubectl is not installed");
        server = RunningApiServer.start(dir.resolve("data"));
        Path work = Files.createDirectories(dir.resolve("work"));
        kubectl = new Kubectl(server.kubeconfig(), work);
        Files.writeString(work.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  labels: {app: web, tier: front}
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.25
                    ports:
                    - containerPort: 80
                """);
        Files.writeString(work.resolve("other.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: db
                  namespace: team
                  labels: {app: db}
                spec:
                  containers:
                  - name: pg
                    image: postgres:16
                """);
        Files.writeString(work.resolve("deploy.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: api}
                  template:
                    metadata:
                      labels: {app: api}
                    spec:
                      containers:
                      - name: api
                        image: example/api:1
                        env:
                        - {name: A, value: "1"}
                """);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Kubectl.Result ok(String... args) throws Exception {
        Kubectl.Result r = kubectl.run(args);
        assertThat(r.exit()).as("kubectl %s\n%s", String.join(" ", args), r).isZero();
        return r;
    }

    @Test
    @Order(1)
    void versionClusterInfoAndDiscovery() throws Exception {
        assertThat(ok("version").out()).contains("Server Version: v1.32.0");
        assertThat(ok("cluster-info").out()).contains("Kubernetes control plane is running at https://127.0.0.1:");
        String resources = ok("api-resources").out();
        assertThat(resources).containsPattern("pods\\s+po\\s+v1\\s+true\\s+Pod")
                .containsPattern("deployments\\s+deploy\\s+apps/v1\\s+true\\s+Deployment")
                .containsPattern("services\\s+svc\\s+v1\\s+true\\s+Service")
                .containsPattern("namespaces\\s+ns\\s+v1\\s+false\\s+Namespace");
        assertThat(ok("api-versions").out()).contains("v1\n", "apps/v1\n", "batch/v1\n", "rbac.authorization.k8s.io/v1\n");
        assertThat(ok("get", "ns").out()).containsPattern("default\\s+Active").containsPattern("kube-system\\s+Active")
                .containsPattern("kube-public\\s+Active").containsPattern("kube-node-lease\\s+Active");
    }

    @Test
    @Order(2)
    void createGetAndErrors() throws Exception {
        assertThat(ok("create", "-f", "pod.yaml").out()).isEqualTo("pod/web created\n");
        Kubectl.Result dup = kubectl.run("create", "-f", "pod.yaml");
        assertThat(dup.exit()).isNotZero();
        assertThat(dup.err()).contains("Error from server (AlreadyExists): error when creating \"pod.yaml\": pods \"web\" already exists");
        Kubectl.Result missing = kubectl.run("get", "pod", "nope");
        assertThat(missing.err()).isEqualTo("Error from server (NotFound): pods \"nope\" not found\n");

        String table = ok("get", "pods").out();
        assertThat(table.lines().findFirst().orElseThrow()).matches("NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE");
        assertThat(table).containsPattern("web\\s+0/1\\s+Pending\\s+0\\s+\\d+s");
        assertThat(ok("get", "pods", "-o", "wide").out().lines().findFirst().orElseThrow())
                .matches("NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\s+IP\\s+NODE\\s+NOMINATED NODE\\s+READINESS GATES");

        JsonNode pod = new ObjectMapper().readTree(ok("get", "pod", "web", "-o", "json").out());
        assertThat(pod.path("kind").asText()).isEqualTo("Pod");
        assertThat(pod.path("metadata").path("uid").asText()).hasSize(36);
        assertThat(pod.path("metadata").path("resourceVersion").asText()).matches("\\d+");
        assertThat(pod.path("metadata").path("creationTimestamp").asText()).endsWith("Z");
        assertThat(ok("get", "pod", "web", "-o", "yaml").out()).contains("kind: Pod", "name: web", "namespace: default",
                "image: nginx:1.25");
        assertThat(ok("get", "pod", "web", "-o", "jsonpath={.metadata.name}/{.spec.containers[0].image}").out())
                .isEqualTo("web/nginx:1.25");
        assertThat(ok("get", "pods", "-o", "name").out()).isEqualTo("pod/web\n");
    }

    @Test
    @Order(3)
    void namespacesSelectorsAndAllNamespaces() throws Exception {
        Kubectl.Result noNs = kubectl.run("create", "-f", "other.yaml");
        assertThat(noNs.err()).contains("namespaces \"team\" not found");
        assertThat(ok("create", "namespace", "team").out()).isEqualTo("namespace/team created\n");
        ok("create", "-f", "other.yaml");

        String all = ok("get", "pods", "-A").out();
        assertThat(all.lines().findFirst().orElseThrow()).startsWith("NAMESPACE");
        assertThat(all).containsPattern("default\\s+web\\s").containsPattern("team\\s+db\\s");
        assertThat(ok("get", "pods", "-A", "-l", "app=db").out()).contains("db").doesNotContain("web");
        assertThat(ok("get", "pods", "-A", "-l", "app in (web,other),tier").out()).contains("web").doesNotContain(" db ");
        assertThat(ok("get", "pods", "-A", "--field-selector", "metadata.namespace=team").out()).contains("db").doesNotContain("web");
        assertThat(ok("get", "pods", "--field-selector", "metadata.name=web").out()).contains("web");
        Kubectl.Result bad = kubectl.run("get", "pods", "-l", "a b");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("Error from server (BadRequest)").contains("unable to parse requirement");
        assertThat(ok("get", "pods", "-n", "team", "--chunk-size=1", "-o", "name").out()).isEqualTo("pod/db\n");
    }

    @Test
    @Order(4)
    void labelAnnotateConfigMapAndDelete() throws Exception {
        assertThat(ok("label", "pod", "web", "env=prod").out()).isEqualTo("pod/web labeled\n");
        assertThat(ok("annotate", "pod", "web", "note=hello").out()).isEqualTo("pod/web annotated\n");
        assertThat(ok("get", "pod", "web", "--show-labels").out()).contains("app=web,env=prod,tier=front");
        assertThat(ok("get", "pod", "web", "-o", "jsonpath={.metadata.annotations.note}").out()).isEqualTo("hello");
        assertThat(ok("create", "configmap", "settings", "--from-literal=a=1", "--from-literal=b=2").out())
                .isEqualTo("configmap/settings created\n");
        assertThat(ok("get", "configmaps").out()).containsPattern("NAME\\s+DATA\\s+AGE").containsPattern("settings\\s+2\\s+");
        assertThat(ok("delete", "configmap", "settings").out()).isEqualTo("configmap \"settings\" deleted\n");
        assertThat(kubectl.run("get", "configmap", "settings").err()).contains("configmaps \"settings\" not found");
    }

    @Test
    @Order(5)
    void applyCreatesThenSaysUnchangedThenConfigured() throws Exception {
        assertThat(ok("apply", "-f", "deploy.yaml").out()).isEqualTo("deployment.apps/api created\n");
        assertThat(ok("apply", "-f", "deploy.yaml").out()).isEqualTo("deployment.apps/api unchanged\n");
        Path file = dir.resolve("work/deploy.yaml");
        Files.writeString(file, Files.readString(file).replace("replicas: 2", "replicas: 3").replace("value: \"1\"", "value: \"2\""));
        assertThat(ok("apply", "-f", "deploy.yaml").out()).isEqualTo("deployment.apps/api configured\n");
        assertThat(ok("get", "deployment", "api", "-o", "jsonpath={.metadata.generation} {.spec.replicas} {.spec.template.spec.containers[0].env[0].value}")
                .out()).isEqualTo("2 3 2");
        assertThat(ok("get", "deploy").out()).containsPattern("NAME\\s+READY\\s+UP-TO-DATE\\s+AVAILABLE\\s+AGE")
                .containsPattern("api\\s+0/3\\s+0\\s+0\\s+");
        assertThat(ok("get", "deploy", "-o", "wide").out()).containsPattern("CONTAINERS\\s+IMAGES\\s+SELECTOR")
                .containsPattern("api\\s+example/api:1\\s+app=api");
    }

    @Test
    @Order(6)
    void watchSeesChanges() throws Exception {
        Process watch = kubectl.start("get", "pods", "-n", "team", "-w");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> kubectl.outputOf(watch).contains("db"));
            ok("label", "pod", "db", "-n", "team", "watched=yes");
            ok("delete", "pod", "db", "-n", "team");
            await().atMost(Duration.ofSeconds(20)).until(() -> kubectl.outputOf(watch).lines().filter(l -> l.startsWith("db ")).count() >= 3);
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(7)
    void withoutAClientCertificateIsUnauthorized() throws Exception {
        String config = Files.readString(server.kubeconfig()).replaceAll("client-certificate-data: .*", "token: not-a-valid-token")
                .replaceAll("(?m)^\\s*client-key-data: .*\\n", "");
        Path anon = dir.resolve("anonymous.kubeconfig");
        Files.writeString(anon, config);
        Kubectl anonymous = new Kubectl(anon, dir.resolve("work"));
        Kubectl.Result r = anonymous.run("get", "pods");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("error: You must be logged in to the server (Unauthorized)");
        // /version stays public, as in Kubernetes
        assertThat(anonymous.run("version").out()).contains("Server Version: v1.32.0");
    }

    @Test
    @Order(8)
    void deletingANamespaceRemovesItsObjects() throws Exception {
        assertThat(ok("delete", "namespace", "team").out()).isEqualTo("namespace \"team\" deleted\n");
        assertThat(kubectl.run("get", "namespace", "team").err()).contains("namespaces \"team\" not found");
        Kubectl.Result protectedNs = kubectl.run("delete", "namespace", "default");
        assertThat(protectedNs.err()).contains("Error from server (Forbidden): namespaces \"default\" is forbidden: this namespace may not be deleted");
        assertThat(ok("delete", "pod", "web").out()).isEqualTo("pod \"web\" deleted\n");
    }
}
