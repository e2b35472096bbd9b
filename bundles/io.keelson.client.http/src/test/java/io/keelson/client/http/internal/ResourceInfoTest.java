package io.keelson.client.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceInfoTest {

    @Test
    void pathsComeFromTheFabric8Annotations() {
        Map<Class<? extends HasMetadata>, String> expected = Map.ofEntries(
                Map.entry(Pod.class, "/api/v1/namespaces/ns/pods"),
                Map.entry(ConfigMap.class, "/api/v1/namespaces/ns/configmaps"),
                Map.entry(Endpoints.class, "/api/v1/namespaces/ns/endpoints"),
                Map.entry(Namespace.class, "/api/v1/namespaces"),
                Map.entry(Node.class, "/api/v1/nodes"),
                Map.entry(PersistentVolume.class, "/api/v1/persistentvolumes"),
                Map.entry(Deployment.class, "/apis/apps/v1/namespaces/ns/deployments"),
                Map.entry(HorizontalPodAutoscaler.class, "/apis/autoscaling/v2/namespaces/ns/horizontalpodautoscalers"),
                Map.entry(CronJob.class, "/apis/batch/v1/namespaces/ns/cronjobs"),
                Map.entry(Lease.class, "/apis/coordination.k8s.io/v1/namespaces/ns/leases"),
                Map.entry(EndpointSlice.class, "/apis/discovery.k8s.io/v1/namespaces/ns/endpointslices"),
                Map.entry(PodDisruptionBudget.class, "/apis/policy/v1/namespaces/ns/poddisruptionbudgets"),
                Map.entry(ClusterRoleBinding.class, "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"),
                Map.entry(StorageClass.class, "/apis/storage.k8s.io/v1/storageclasses"),
                Map.entry(io.fabric8.kubernetes.api.model.events.v1.Event.class, "/apis/events.k8s.io/v1/namespaces/ns/events"));
        expected.forEach((type, path) -> assertThat(ResourceInfo.of(type).path("ns", null, null)).as(type.getName()).isEqualTo(path));
    }

    @Test
    void namesAndSubresourcesAreAppendedAndCheckedAsSegments() {
        ResourceInfo pods = ResourceInfo.of(Pod.class);
        assertThat(pods.path("ns", "p", "status")).isEqualTo("/api/v1/namespaces/ns/pods/p/status");
        assertThat(pods.path(null, null, null)).isEqualTo("/api/v1/pods");
        assertThat(pods.path("ns", "a b", null)).isEqualTo("/api/v1/namespaces/ns/pods/a%20b");
        assertThatThrownBy(() -> pods.path("ns", "..", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pods.path("ns", "a/b", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
