package io.keelson.e2e.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PATCH in all three classic flavours and server-side apply, through fabric8's patch and serverSideApply. */
class Fabric8PatchTest extends Fabric8Server {

    static ConfigMap cm(String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).addToLabels("a", "1").endMetadata().addToData("x", "1").addToData("y", "2")
                .build();
    }

    static Deployment deployment(String name) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata().withNewSpec()
                .addNewContainer().withName("main").withImage("example/main:1").addNewEnv().withName("A").withValue("1").endEnv().endContainer()
                .addNewContainer().withName("sidecar").withImage("example/side:1").endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    @Test
    void jsonPatch() {
        String ns = namespace("f8-jsonpatch");
        client.configMaps().inNamespace(ns).resource(cm("j")).create();
        ConfigMap patched = client.configMaps().inNamespace(ns).withName("j").patch(PatchContext.of(PatchType.JSON),
                "[{\"op\":\"replace\",\"path\":\"/data/x\",\"value\":\"10\"},{\"op\":\"remove\",\"path\":\"/data/y\"},"
                        + "{\"op\":\"add\",\"path\":\"/metadata/labels/b\",\"value\":\"2\"}]");
        assertThat(patched.getData()).containsExactly(Map.entry("x", "10"));
        ConfigMap read = client.configMaps().inNamespace(ns).withName("j").get();
        assertThat(read.getData()).containsExactly(Map.entry("x", "10"));
        assertThat(read.getMetadata().getLabels()).containsEntry("a", "1").containsEntry("b", "2");
        // a failing test op leaves the object untouched
        assertThatThrownBy(() -> client.configMaps().inNamespace(ns).withName("j").patch(PatchContext.of(PatchType.JSON),
                "[{\"op\":\"test\",\"path\":\"/data/x\",\"value\":\"nope\"},{\"op\":\"replace\",\"path\":\"/data/x\",\"value\":\"bad\"}]"))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422));
        assertThat(client.configMaps().inNamespace(ns).withName("j").get().getData()).containsExactly(Map.entry("x", "10"));
    }

    @Test
    void mergePatch() {
        String ns = namespace("f8-mergepatch");
        client.configMaps().inNamespace(ns).resource(cm("m")).create();
        ConfigMap patched = client.configMaps().inNamespace(ns).withName("m").patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"data\":{\"x\":\"9\",\"y\":null,\"z\":\"3\"},\"metadata\":{\"labels\":{\"a\":null}}}");
        assertThat(patched.getData()).isEqualTo(Map.of("x", "9", "z", "3"));
        ConfigMap read = client.configMaps().inNamespace(ns).withName("m").get();
        assertThat(read.getData()).isEqualTo(Map.of("x", "9", "z", "3"));
        assertThat(read.getMetadata().getLabels() == null ? Map.of() : read.getMetadata().getLabels()).doesNotContainKey("a");
        // merge patch replaces lists whole: the deployment keeps only the one container named
        client.apps().deployments().inNamespace(ns).resource(deployment("mp")).create();
        client.apps().deployments().inNamespace(ns).withName("mp").patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"only\",\"image\":\"example/only:1\"}]}}}}");
        assertThat(client.apps().deployments().inNamespace(ns).withName("mp").get().getSpec().getTemplate().getSpec().getContainers())
                .extracting(Container::getName).containsExactly("only");
    }

    @Test
    void strategicMergePatchMergesListsByKey() {
        String ns = namespace("f8-smp");
        client.apps().deployments().inNamespace(ns).resource(deployment("s")).create();
        Deployment patched = client.apps().deployments().inNamespace(ns).withName("s").patch(PatchContext.of(PatchType.STRATEGIC_MERGE),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"image\":\"example/side:2\"},"
                        + "{\"name\":\"main\",\"env\":[{\"name\":\"B\",\"value\":\"2\"}]}]}}}}");
        Deployment read = client.apps().deployments().inNamespace(ns).withName("s").get();
        assertThat(read.getSpec().getTemplate().getSpec().getContainers()).extracting(Container::getName).containsExactlyInAnyOrder("main", "sidecar");
        Container main = container(read, "main");
        assertThat(main.getImage()).isEqualTo("example/main:1");
        assertThat(main.getEnv()).extracting(e -> e.getName() + "=" + e.getValue()).containsExactlyInAnyOrder("A=1", "B=2");
        assertThat(container(read, "sidecar").getImage()).isEqualTo("example/side:2");
        assertThat(read.getMetadata().getGeneration()).isEqualTo(2L).isEqualTo(patched.getMetadata().getGeneration());

        client.apps().deployments().inNamespace(ns).withName("s").patch(PatchContext.of(PatchType.STRATEGIC_MERGE),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"$patch\":\"delete\",\"name\":\"sidecar\"}]}}}}");
        assertThat(client.apps().deployments().inNamespace(ns).withName("s").get().getSpec().getTemplate().getSpec().getContainers())
                .extracting(Container::getName).containsExactly("main");
    }

    @Test
    void serverSideApply() {
        String ns = namespace("f8-ssa");
        // fabric8's serverSideApply sends application/apply-patch+yaml with fieldManager and force=false
        ConfigMap applied = client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("ssa").endMetadata()
                .addToData("owned", "by-alice").build()).fieldManager("alice").serverSideApply();
        assertThat(applied.getData()).containsEntry("owned", "by-alice");
        ConfigMap read = client.configMaps().inNamespace(ns).withName("ssa").get();
        assertThat(read.getData()).containsEntry("owned", "by-alice");
        assertThat(read.getMetadata().getManagedFields()).extracting(ManagedFieldsEntry::getManager, ManagedFieldsEntry::getOperation)
                .contains(org.assertj.core.groups.Tuple.tuple("alice", "Apply"));

        // re-apply with a change: the field alice manages changes
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("ssa").endMetadata()
                .addToData("owned", "by-alice-2").build()).fieldManager("alice").serverSideApply();
        assertThat(client.configMaps().inNamespace(ns).withName("ssa").get().getData()).containsEntry("owned", "by-alice-2");

        // bob applying a different value to alice's field conflicts (409) unless forced
        ConfigMap bobs = new ConfigMapBuilder().withNewMetadata().withName("ssa").endMetadata().addToData("owned", "by-bob").build();
        assertThatThrownBy(() -> client.configMaps().inNamespace(ns).resource(bobs).fieldManager("bob").serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(client.configMaps().inNamespace(ns).withName("ssa").get().getData()).containsEntry("owned", "by-alice-2");
        client.configMaps().inNamespace(ns).resource(bobs).fieldManager("bob").forceConflicts().serverSideApply();
        assertThat(client.configMaps().inNamespace(ns).withName("ssa").get().getData()).containsEntry("owned", "by-bob");

        // alice drops the field from her applied configuration: since bob now owns it, it stays
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("ssa").endMetadata()
                .addToData("other", "alice").build()).fieldManager("alice").serverSideApply();
        assertThat(client.configMaps().inNamespace(ns).withName("ssa").get().getData()).containsEntry("owned", "by-bob").containsEntry("other", "alice");
    }

    private static Container container(Deployment d, String name) {
        return d.getSpec().getTemplate().getSpec().getContainers().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
