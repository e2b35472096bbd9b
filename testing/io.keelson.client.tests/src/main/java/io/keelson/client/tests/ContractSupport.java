package io.keelson.client.tests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.NotFoundException;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.cache.InformerFactory;
import io.keelson.client.api.leader.LeaderElectors;
import io.keelson.client.api.workqueue.WorkQueues;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract test has: the client under test, a fresh namespace of its own ({@link #ns}),
 * and things to close after it ({@link #closeLater}).
 */
public abstract class ContractSupport {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    /** This test's namespace, created before it and deleted after it. */
    protected String ns;

    /** The client under test; one may serve every test. */
    protected abstract KubeClient client();

    /**
     * Discards the server's history up to its current revision (etcd compaction), so that older
     * resourceVersions answer 410 Gone.
     */
    protected abstract void compactHistory();

    /** Informers over {@link #client()}. */
    protected abstract InformerFactory informers();

    /** Leader electors over {@link #client()}. */
    protected abstract LeaderElectors leaderElectors();

    /** Work queues, for the controller pattern. */
    protected abstract WorkQueues workQueues();

    /** How long to wait for an outcome before failing. */
    protected Duration maxWait() {
        return Duration.ofSeconds(30);
    }

    @BeforeEach
    void createNamespace() {
        ns = "contract-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        client().resources(Namespace.class).create(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build());
    }

    @AfterEach
    void cleanUp() throws Exception {
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
        try {
            client().resources(Namespace.class).delete(ns);
        } catch (NotFoundException e) {
            // the test deleted it
        }
    }

    protected <C extends AutoCloseable> C closeLater(C closeable) {
        toClose.push(closeable);
        return closeable;
    }

    protected ConditionFactory await() {
        return org.awaitility.Awaitility.await().atMost(maxWait()).pollInterval(Duration.ofMillis(20));
    }

    protected ResourceClient<ConfigMap> configMaps() {
        return client().resources(ConfigMap.class).inNamespace(ns);
    }

    /** A ConfigMap in this test's namespace with data {@code v=value} and labels given as k, v, k, v, ... */
    protected ConfigMap configMap(String name, String value, String... labels) {
        Map<String, String> l = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            l.put(labels[i], labels[i + 1]);
        }
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(ns).withLabels(l).endMetadata()
                .addToData("v", value).build();
    }

    protected ConfigMap createConfigMap(String name, String value, String... labels) {
        return configMaps().create(configMap(name, value, labels));
    }

    /** name → resourceVersion of every ConfigMap in the namespace, as the server has them now. */
    protected Map<String, String> serverVersions() {
        Map<String, String> m = new java.util.TreeMap<>();
        configMaps().list().items().forEach(c -> m.put(c.getMetadata().getName(), c.getMetadata().getResourceVersion()));
        return m;
    }
}
