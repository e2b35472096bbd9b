package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.keelson.client.api.AlreadyExistsException;
import io.keelson.client.api.ConflictException;
import io.keelson.client.api.DeleteOptions;
import io.keelson.client.api.InvalidException;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.NotFoundException;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.ResourceClient;
import org.junit.jupiter.api.Test;

/** Create, get, update, updateStatus, patch, delete, and how failures map to exceptions. */
public abstract class CrudContract extends ContractSupport {

    @Test
    void createThenGetReturnsTheStoredObjectWithServerFields() {
        ConfigMap created = createConfigMap("a", "1", "app", "web");
        assertThat(created.getMetadata().getUid()).isNotEmpty();
        assertThat(created.getMetadata().getResourceVersion()).isNotEmpty();
        assertThat(created.getMetadata().getCreationTimestamp()).isNotEmpty();
        assertThat(created.getMetadata().getNamespace()).isEqualTo(ns);

        ConfigMap got = configMaps().get("a");
        assertThat(got.getData()).containsEntry("v", "1");
        assertThat(got.getMetadata().getLabels()).containsEntry("app", "web");
        assertThat(got.getMetadata().getUid()).isEqualTo(created.getMetadata().getUid());
        assertThat(got.getMetadata().getResourceVersion()).isEqualTo(created.getMetadata().getResourceVersion());
    }

    @Test
    void createTakesTheNamespaceFromTheObjectWhenTheClientHasNone() {
        ConfigMap created = client().resources(ConfigMap.class).create(configMap("from-object", "1"));
        assertThat(created.getMetadata().getNamespace()).isEqualTo(ns);
        assertThat(configMaps().get("from-object").getData()).containsEntry("v", "1");
        assertThatThrownBy(() -> client().resources(ConfigMap.class).get("from-object")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client().resources(Namespace.class).inNamespace(ns)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clusterScopedTypesNeedNoNamespace() {
        Namespace mine = client().resources(Namespace.class).get(ns);
        assertThat(mine.getMetadata().getName()).isEqualTo(ns);
        assertThat(mine.getMetadata().getNamespace()).isNull();
    }

    @Test
    void updateWithTheCurrentVersionSucceedsAndAStaleOneIsAConflict() {
        ConfigMap v1 = createConfigMap("a", "1");
        v1.getData().put("v", "2");
        ConfigMap v2 = configMaps().update(v1);
        assertThat(v2.getData()).containsEntry("v", "2");
        assertThat(v2.getMetadata().getResourceVersion()).isNotEqualTo(v1.getMetadata().getResourceVersion());

        v1.getData().put("v", "stale");
        assertThatThrownBy(() -> configMaps().update(v1)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo(409);
            assertThat(e.reason()).isEqualTo("Conflict");
            assertThat(e.status().getMessage()).contains("the object has been modified");
        });
        assertThat(configMaps().get("a").getData()).containsEntry("v", "2");
    }

    @Test
    void getOfAMissingObjectIsNotFoundWithTheStatus() {
        assertThatThrownBy(() -> configMaps().get("missing")).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo(404);
            assertThat(e.reason()).isEqualTo("NotFound");
            assertThat(e.status().getMessage()).isEqualTo("configmaps \"missing\" not found");
            assertThat(e.status().getDetails().getName()).isEqualTo("missing");
        });
    }

    @Test
    void aSecondCreateOfOneNameIsAlreadyExists() {
        createConfigMap("a", "1");
        assertThatThrownBy(() -> createConfigMap("a", "2")).isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
            assertThat(e.code()).isEqualTo(409);
            assertThat(e.reason()).isEqualTo("AlreadyExists");
            assertThat(e.getMessage()).isEqualTo("configmaps \"a\" already exists");
        });
    }

    @Test
    void anInvalidObjectIsInvalidWithPerFieldCauses() {
        assertThatThrownBy(() -> createConfigMap("Not_A_Name", "1")).isInstanceOfSatisfying(InvalidException.class, e -> {
            assertThat(e.code()).isEqualTo(422);
            assertThat(e.reason()).isEqualTo("Invalid");
            assertThat(e.causes()).anySatisfy(c -> assertThat(c.getField()).isEqualTo("metadata.name"));
        });
        assertThat(configMaps().list().items()).isEmpty();
    }

    @Test
    void patchesOfEachTypeApplyToTheCurrentObject() {
        createConfigMap("a", "1", "app", "web");
        ConfigMap merged = configMaps().patch("a", PatchType.MERGE, "{\"metadata\":{\"labels\":{\"tier\":\"front\"}},\"data\":{\"w\":\"2\"}}");
        assertThat(merged.getMetadata().getLabels()).containsEntry("app", "web").containsEntry("tier", "front");
        assertThat(merged.getData()).containsEntry("v", "1").containsEntry("w", "2");

        ConfigMap jsonPatched = configMaps().patch("a", PatchType.JSON, "[{\"op\":\"remove\",\"path\":\"/data/w\"}]");
        assertThat(jsonPatched.getData()).containsOnlyKeys("v");

        ConfigMap strategic = configMaps().patch("a", PatchType.STRATEGIC_MERGE, "{\"metadata\":{\"labels\":{\"app\":null}}}");
        assertThat(strategic.getMetadata().getLabels()).containsOnlyKeys("tier");

        assertThatThrownBy(() -> configMaps().patch("a", PatchType.JSON, "[{\"op\":\"test\",\"path\":\"/data/v\",\"value\":\"9\"}]"))
                .isInstanceOf(KubeException.class).satisfies(e -> assertThat(((KubeException) e).code()).isBetween(400, 499));
        assertThatThrownBy(() -> configMaps().patch("missing", PatchType.MERGE, "{}")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void serverSideApplyCreatesMergesAndReportsConflictsBetweenManagers() {
        ConfigMap created = configMaps().apply(configMap("a", "1", "app", "web"), "alice", false);
        assertThat(created.getData()).containsEntry("v", "1");
        assertThat(created.getMetadata().getManagedFields()).extracting(f -> f.getManager()).contains("alice");

        ConfigMap bobs = new io.fabric8.kubernetes.api.model.ConfigMapBuilder().withNewMetadata().withName("a").withNamespace(ns)
                .endMetadata().addToData("w", "2").build();
        ConfigMap merged = configMaps().apply(bobs, "bob", false);
        assertThat(merged.getData()).containsEntry("v", "1").containsEntry("w", "2");

        ConfigMap takeover = new io.fabric8.kubernetes.api.model.ConfigMapBuilder(bobs).addToData("v", "bob's").build();
        assertThatThrownBy(() -> configMaps().apply(takeover, "bob", false)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(409));
        assertThat(configMaps().apply(takeover, "bob", true).getData()).containsEntry("v", "bob's");
    }

    @Test
    void updateStatusChangesOnlyTheStatusAndUpdateKeepsIt() {
        ResourceClient<Pod> pods = client().resources(Pod.class).inNamespace(ns);
        Pod pod = pods.create(new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox:1").endContainer().endSpec().build());
        pod.setStatus(new PodStatusBuilder().withPhase("Running").build());
        pod.getMetadata().getLabels().put("ignored", "by-status");
        Pod withStatus = pods.updateStatus(pod);
        assertThat(withStatus.getStatus().getPhase()).isEqualTo("Running");
        assertThat(withStatus.getMetadata().getLabels()).doesNotContainKey("ignored");

        withStatus.getStatus().setPhase("Failed");
        withStatus.getMetadata().getLabels().put("kept", "yes");
        Pod updated = pods.update(withStatus);
        assertThat(updated.getMetadata().getLabels()).containsEntry("kept", "yes");
        assertThat(updated.getStatus().getPhase()).isEqualTo("Running");

        Pod patched = pods.patchStatus("p", PatchType.MERGE, "{\"status\":{\"phase\":\"Succeeded\"}}");
        assertThat(patched.getStatus().getPhase()).isEqualTo("Succeeded");
    }

    @Test
    void deleteRemovesTheObjectAndHonoursPreconditions() {
        ConfigMap a = createConfigMap("a", "1");
        assertThatThrownBy(() -> configMaps().delete("a", DeleteOptions.DEFAULTS.withPreconditionUid("not-the-uid")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> configMaps().delete("a", DeleteOptions.DEFAULTS.withPreconditionResourceVersion("1")))
                .isInstanceOf(ConflictException.class);
        configMaps().delete("a", DeleteOptions.DEFAULTS.withPreconditionUid(a.getMetadata().getUid()));
        assertThatThrownBy(() -> configMaps().get("a")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> configMaps().delete("a")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteOfAnObjectWithFinalizersMarksItUntilTheyAreRemoved() {
        ConfigMap a = configMap("a", "1");
        a.getMetadata().setFinalizers(java.util.List.of("example.com/hold"));
        configMaps().create(a);
        configMaps().delete("a");
        ConfigMap marked = configMaps().get("a");
        assertThat(marked.getMetadata().getDeletionTimestamp()).isNotEmpty();
        configMaps().patch("a", PatchType.MERGE, "{\"metadata\":{\"finalizers\":null}}");
        assertThatThrownBy(() -> configMaps().get("a")).isInstanceOf(NotFoundException.class);
    }
}
