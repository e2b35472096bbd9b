package io.keelson.client.tools.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.cache.InformerOptions;
import io.keelson.client.api.cache.SharedInformer;
import io.keelson.client.api.leader.LeaderCallbacks;
import io.keelson.client.api.leader.LeaderElectionConfig;
import io.keelson.client.api.leader.LeaderElector;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.api.workqueue.RateLimiter;
import io.keelson.client.api.workqueue.RateLimitingQueue;
import io.keelson.client.api.workqueue.WorkQueues;
import io.keelson.client.tools.internal.cache.DefaultSharedInformer;
import io.keelson.client.tools.internal.leader.LeaseLeaderElector;
import io.keelson.client.tools.internal.workqueue.DefaultWorkQueue;
import io.keelson.client.tools.internal.workqueue.ExponentialBackoff;
import java.time.Duration;
import org.osgi.service.component.annotations.Component;

/**
 * Informers, work queues and leader electors over any {@link KubeClient}, as DS services; without
 * OSGi, {@code new ClientTools()}. What it makes belongs to the caller, who closes it.
 */
@Component(service = {InformerFactory.class, WorkQueues.class, LeaderElectors.class})
public final class ClientTools implements InformerFactory, WorkQueues, LeaderElectors {

    @Override
    public <T extends HasMetadata> SharedInformer<T> create(KubeClient client, Class<T> type, InformerOptions options) {
        return new DefaultSharedInformer<>(client.resources(type), options);
    }

    @Override
    public <K> RateLimitingQueue<K> create(String name, RateLimiter<K> limiter) {
        return new DefaultWorkQueue<>(name, limiter);
    }

    @Override
    public <K> RateLimiter<K> exponentialBackoff(Duration base, Duration max) {
        return new ExponentialBackoff<>(base, max);
    }

    @Override
    public LeaderElector create(KubeClient client, LeaderElectionConfig config, LeaderCallbacks callbacks) {
        return new LeaseLeaderElector(client, config, callbacks);
    }
}
