package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.ConflictException;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.PatchType;
import io.keelson.client.api.cache.InformerOptions;
import io.keelson.client.api.cache.Lister;
import io.keelson.client.api.cache.ResourceEventHandler;
import io.keelson.client.api.cache.SharedInformer;
import io.keelson.client.api.workqueue.RateLimitingQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The pattern every controller follows: an informer feeds keys to a rate-limited work queue, and
 * workers reconcile(key) from the lister. Here the controller mirrors each ConfigMap's data "v"
 * into its annotation "mirrored"; in the end every object must be mirrored, whatever the races.
 */
public abstract class ControllerContract extends LeaderElectionContract {

    @Test
    void informerQueueAndWorkersReconcileEveryObjectToItsDesiredState() throws Exception {
        SharedInformer<ConfigMap> informer = informer(client(), InformerOptions.ALL);
        RateLimitingQueue<String> queue = workQueues().create("mirror");
        informer.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(ConfigMap object, boolean isInInitialList) {
                queue.add(Lister.keyOf(object));
            }

            @Override
            public void onUpdate(ConfigMap oldObject, ConfigMap newObject) {
                queue.add(Lister.keyOf(newObject));
            }
        });
        for (int i = 0; i < 5; i++) {
            createConfigMap("before" + i, "v" + i);
        }
        informer.start();
        Set<String> held = ConcurrentHashMap.newKeySet();
        List<String> violations = new CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread worker = new Thread(() -> work(queue, informer.lister(), held, violations), "mirror-worker-" + w);
            worker.start();
            workers.add(worker);
        }
        try {
            for (int i = 0; i < 5; i++) {
                createConfigMap("after" + i, "w" + i);
                configMaps().patch("before" + i, PatchType.MERGE, "{\"data\":{\"v\":\"changed" + i + "\"}}");
            }
            await().untilAsserted(() -> {
                List<ConfigMap> all = configMaps().list().items();
                assertThat(all).hasSize(10);
                for (ConfigMap c : all) {
                    assertThat(annotation(c)).as(c.getMetadata().getName()).contains(c.getData().get("v"));
                }
            });
        } finally {
            queue.shutDownWithDrain();
            for (Thread t : workers) {
                t.join();
            }
        }
        assertThat(violations).isEmpty();
    }

    private void work(RateLimitingQueue<String> queue, Lister<ConfigMap> lister, Set<String> held, List<String> violations) {
        try {
            for (String key = queue.get(); key != null; key = queue.get()) {
                if (!held.add(key)) {
                    violations.add("two workers hold " + key);
                }
                try {
                    reconcile(lister, key);
                    queue.forget(key);
                } catch (ConflictException e) {
                    // the informer will bring the newer version; try again later
                    queue.addRateLimited(key);
                } catch (KubeException e) {
                    violations.add(key + ": " + e.getMessage());
                } finally {
                    held.remove(key);
                    queue.done(key);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Level-triggered: reads the cached object and writes only when it differs from what it should be. */
    private void reconcile(Lister<ConfigMap> lister, String key) {
        Optional<ConfigMap> cached = lister.getByKey(key);
        if (cached.isEmpty()) {
            return;
        }
        ConfigMap c = cached.get();
        String desired = c.getData().get("v");
        if (annotation(c).filter(desired::equals).isPresent()) {
            return;
        }
        // naming the cached resourceVersion: a stale cache loses with 409 rather than overwrite newer data
        configMaps().patch(c.getMetadata().getName(), PatchType.MERGE, "{\"metadata\":{\"resourceVersion\":\""
                + c.getMetadata().getResourceVersion() + "\",\"annotations\":{\"mirrored\":\"" + desired + "\"}}}");
    }

    private static Optional<String> annotation(ConfigMap c) {
        Map<String, String> a = c.getMetadata().getAnnotations();
        return Optional.ofNullable(a == null ? null : a.get("mirrored"));
    }
}
