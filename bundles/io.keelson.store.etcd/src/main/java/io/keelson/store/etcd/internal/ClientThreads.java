package io.keelson.store.etcd.internal;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread the etcd client runs on, owned by us so that stopping waits for all of them: the
 * Vert.x instance whose Netty event loops carry the gRPC channel, jetcd's executor and our timer.
 */
final class ClientThreads {

    private static final System.Logger LOG = System.getLogger(ClientThreads.class.getName());

    final Vertx vertx;
    final ExecutorService executor;
    final ScheduledExecutorService scheduler;

    ClientThreads() {
        this.vertx = Vertx.vertx(new VertxOptions().setUseDaemonThread(true).setEventLoopPoolSize(2)
                .setWorkerPoolSize(2).setInternalBlockingPoolSize(2));
        this.executor = Executors.newCachedThreadPool(daemon("keelson-etcd-"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("keelson-etcd-timer-"));
    }

    /** Stops everything and returns once the threads are gone (the client must be closed first). */
    void stop() {
        List<Thread> eventLoops = eventLoopThreads();
        scheduler.shutdownNow();
        executor.shutdownNow();
        try {
            // jetcd's close has already asked Vert.x to close; closing again returns the same completion.
            // Then wait for the Netty event loop threads themselves, so a stopped bundle leaves none.
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            ((VertxInternal) vertx).nettyEventLoopGroup().terminationFuture().await(30, TimeUnit.SECONDS);
            ((VertxInternal) vertx).acceptorEventLoopGroup().terminationFuture().await(30, TimeUnit.SECONDS);
            for (Thread t : eventLoops) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            // Netty's global executor (used while closing channels) ends by itself a second after its last task
            GlobalEventExecutor.INSTANCE.awaitInactivity(10, TimeUnit.SECONDS);
            executor.awaitTermination(10, TimeUnit.SECONDS);
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "etcd client threads did not stop cleanly", e);
        }
    }

    /** The threads of Vert.x's Netty event loops (each loop is asked for its own; there are two). */
    private List<Thread> eventLoopThreads() {
        List<Thread> threads = new ArrayList<>();
        for (EventExecutor loop : ((VertxInternal) vertx).nettyEventLoopGroup()) {
            try {
                threads.add(loop.submit(Thread::currentThread).get(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
                // already shutting down: the termination future covers it
            }
        }
        return threads;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
