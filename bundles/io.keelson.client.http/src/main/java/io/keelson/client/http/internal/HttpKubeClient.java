package io.keelson.client.http.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.KubeClient;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.support.ResourceScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link KubeClient} over HTTPS, authenticated by the client certificate of a kubeconfig. Usable
 * without OSGi: {@code new HttpKubeClient(Path.of("kubeconfig"))}; close it to stop its threads.
 */
public final class HttpKubeClient implements KubeClient, AutoCloseable {

    private final Transport transport;
    private final ExecutorService executor;
    private final Map<Class<?>, ResourceInfo> infos = new ConcurrentHashMap<>();

    public HttpKubeClient(Path kubeconfig) {
        this(Kubeconfig.read(kubeconfig));
    }

    public HttpKubeClient(Kubeconfig config) {
        AtomicInteger threads = new AtomicInteger();
        // watch callbacks run here: daemon threads, so a forgotten client does not keep a JVM alive
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "keelson-http-client-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder().sslContext(Tls.context(config)).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
        this.transport = new Transport(http, URI.create(config.server()));
    }

    @Override
    public <T extends HasMetadata> ResourceClient<T> resources(Class<T> type) {
        ResourceInfo info = infos.computeIfAbsent(type, t -> ResourceInfo.of(type));
        return new HttpResourceClient<>(transport, type, info, new ResourceScope(type, info.namespaced(), null));
    }

    /** The API server's URL. */
    public URI server() {
        return transport.server;
    }

    /** Ends the open watches (their watchers get onClose(null)), then stops the client's threads. */
    @Override
    public void close() {
        for (HttpWatch<?> w : transport.openWatches) {
            w.close();
        }
        executor.shutdownNow();
    }
}
