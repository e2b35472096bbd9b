package io.keelson.store.etcd.internal;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.common.exception.EtcdException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.keelson.store.api.StoreException;
import io.keelson.store.api.StoreUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The jetcd client: one gRPC channel over all endpoints (round-robin, so a dead member is skipped). */
final class EtcdConnection implements AutoCloseable {

    private final List<String> endpoints;
    private final Duration requestTimeout;
    private final ClientThreads threads;
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
            this.threads = new ClientThreads();
            // waitForReady(false): with every endpoint down, calls fail at once instead of queueing
            this.client = Client.builder().endpoints(endpoints.toArray(String[]::new)).vertx(threads.vertx)
                    .executorService(threads.executor).connectTimeout(connectTimeout).waitForReady(false)
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
        return threads.scheduler;
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
        return new StoreUnavailableException("etcd at " + String.join(",", endpoints) + " is not available ("
                + describe(cause) + "). Is etcd running and reachable there? Start it, or point Keelson at it"
                + " with `keelson up --store etcd --etcd-endpoints URL`.", cause);
    }

    static String describe(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof StatusRuntimeException || cause instanceof EtcdException) {
            Status status = Status.fromThrowable(cause);
            if (status.getCode() != Status.Code.UNKNOWN || cause.getMessage() == null) {
                Throwable root = cause;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause(); // e.g. "Connection refused", which says more than "io exception"
                }
                return status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription())
                        + (root != cause && root.getMessage() != null ? ": " + root.getMessage() : "");
            }
        }
        return String.valueOf(cause.getMessage());
    }

    /** Closes the client, then waits until every thread it ran on has stopped. */
    @Override
    public void close() {
        client.close();
        threads.stop();
    }
}
