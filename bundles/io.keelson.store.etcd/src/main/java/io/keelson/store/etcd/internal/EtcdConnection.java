package io.keelson.store.etcd.internal;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.common.exception.EtcdException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.StoreUnavailableException;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The jetcd client and the threads it runs on. We own the Vert.x instance (whose Netty event loops
 * carry the gRPC channel) and the executors, so closing waits until every one of them has stopped.
 */
final class EtcdConnection implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EtcdConnection.class.getName());

    private final List<String> endpoints;
    private final Duration requestTimeout;
    private final Vertx vertx;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private final Client client;

    EtcdConnection(List<String> endpoints, Duration connectTimeout, Duration requestTimeout) {
        this.endpoints = List.copyOf(endpoints);
        this.requestTimeout = requestTimeout;
        // gRPC, Netty and Vert.x find providers through ServiceLoader and the context class loader:
        // make that our bundle's loader, which sees every embedded jar on Bundle-ClassPath.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EtcdConnection.class.getClassLoader());
        try {
            this.vertx = Vertx.vertx(new VertxOptions().setUseDaemonThread(true).setEventLoopPoolSize(2)
                    .setWorkerPoolSize(2).setInternalBlockingPoolSize(2));
            this.executor = Executors.newCachedThreadPool(daemon("keelson-etcd-"));
            this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("keelson-etcd-timer-"));
            this.client = Client.builder().endpoints(endpoints.toArray(String[]::new)).vertx(vertx)
                    .executorService(executor).connectTimeout(connectTimeout).waitForReady(false)
                    .retryMaxDuration(requestTimeout).keepaliveTime(Duration.ofSeconds(10))
                    .keepaliveTimeout(Duration.ofSeconds(5)).build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    Client client() {
        return client;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    List<String> endpoints() {
        return endpoints;
    }

    /** Waits for a jetcd call; a failure comes back as the cause, unwrapped. */
    <T> T await(CompletableFuture<T> future) throws Throwable {
        try {
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** The exception for a failure no SPI exception describes better: etcd could not be reached or answer. */
    StoreException unavailable(Throwable cause) {
        String what = describe(cause);
        return new StoreUnavailableException("etcd at " + String.join(",", endpoints) + " is not available (" + what
                + "). Is etcd running and reachable there? Start it, or point Keelson at it with"
                + " `keelson up --store etcd --etcd-endpoints URL`.", cause);
    }

    static String describe(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof StatusRuntimeException || cause instanceof EtcdException) {
            Status status = Status.fromThrowable(cause);
            if (status.getCode() != Status.Code.UNKNOWN || cause.getMessage() == null) {
                return status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription());
            }
        }
        return String.valueOf(cause.getMessage());
    }

    @Override
    public void close() {
        List<Thread> eventLoops = eventLoopThreads();
        client.close();
        scheduler.shutdownNow();
        executor.shutdownNow();
        try {
            // jetcd has already asked Vert.x to close; closing again returns the same completion.
            // Then wait for the Netty event loop threads themselves, so a stopped bundle leaves none.
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            ((VertxInternal) vertx).nettyEventLoopGroup().terminationFuture().await(30, TimeUnit.SECONDS);
            ((VertxInternal) vertx).acceptorEventLoopGroup().terminationFuture().await(30, TimeUnit.SECONDS);
            for (Thread t : eventLoops) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            executor.awaitTermination(10, TimeUnit.SECONDS);
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "etcd client threads did not stop cleanly", e);
        }
    }

    /** The threads of Vert.x's Netty event loops (each loop is asked for its own; at most a couple). */
    private List<Thread> eventLoopThreads() {
        List<Thread> threads = new ArrayList<>();
        for (EventExecutor loop : ((VertxInternal) vertx).nettyEventLoopGroup()) {
            try {
                threads.add(loop.submit(Thread::currentThread).get(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
                // already shutting down: nothing to wait for beyond the termination future
            }
        }
        return threads;
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
