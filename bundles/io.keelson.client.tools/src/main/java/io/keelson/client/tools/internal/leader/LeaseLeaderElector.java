package io.keelson.client.tools.internal.leader;

import io.keelson.client.api.KubeClient;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.leader.LeaderCallbacks;
import io.keelson.client.api.leader.LeaderElectionConfig;
import io.keelson.client.api.leader.LeaderElector;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * client-go's LeaderElector: every retryPeriod, try to acquire or renew the Lease ({@link LeaseLock});
 * a leader that cannot renew within renewDeadline, or sees another holder, stops leading.
 * Callbacks run in order on a thread of their own.
 */
public final class LeaseLeaderElector implements LeaderElector {

    private static final System.Logger LOG = System.getLogger(LeaseLeaderElector.class.getName());
    private final LeaderElectionConfig config;
    private final LeaderCallbacks callbacks;
    private final LeaseLock lock;
    private final ExecutorService callbackThread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Thread loop;
    private volatile boolean leading;
    private volatile String observedLeader;
    private volatile long lastRenewNanos;

    public LeaseLeaderElector(KubeClient client, LeaderElectionConfig config, LeaderCallbacks callbacks) {
        this.config = config;
        this.callbacks = callbacks;
        this.lock = new LeaseLock(client, config);
        this.callbackThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "leader-" + config.name() + "-" + config.identity() + "-callbacks");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        loop = new Thread(this::run, "leader-" + config.name() + "-" + config.identity());
        loop.setDaemon(true);
        loop.start();
    }

    private void run() {
        try {
            do {
                step();
            } while (!stopped.await(config.retryPeriod().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            // stopping
        }
    }

    private void step() {
        LeaseLock.Result result;
        try {
            result = lock.tryAcquireOrRenew(config.leaseDuration());
        } catch (KubeException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: lease {1}/{2} not reachable: {3}", config.identity(), config.namespace(), config.name(),
                    e.getMessage());
            result = new LeaseLock.Result(false, observedLeader);
        }
        if (!Objects.equals(result.holder(), observedLeader)) {
            observedLeader = result.holder();
            String holder = result.holder();
            callbackThread.execute(() -> callbacks.onNewLeader(holder));
        }
        long now = System.nanoTime();
        if (result.held()) {
            lastRenewNanos = now;
            if (!leading) {
                leading = true;
                callbackThread.execute(callbacks::onStartedLeading);
            }
        } else if (leading && (!config.identity().equals(result.holder()) && result.holder() != null
                || now - lastRenewNanos > config.renewDeadline().toNanos())) {
            LOG.log(System.Logger.Level.INFO, "{0}: lost the lease {1}/{2}", config.identity(), config.namespace(), config.name());
            leading = false;
            callbackThread.execute(callbacks::onStoppedLeading);
        }
    }

    @Override
    public boolean isLeader() {
        return leading && System.nanoTime() - lastRenewNanos <= config.renewDeadline().toNanos();
    }

    @Override
    public String observedLeader() {
        return observedLeader;
    }

    @Override
    public void close() {
        stopped.countDown();
        Thread t;
        synchronized (this) {
            t = loop;
        }
        if (t != null) {
            // a renewal in flight may hang on a dead server; its outcome no longer matters
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (leading) {
            leading = false;
            if (config.releaseOnCancel()) {
                try {
                    lock.release();
                } catch (KubeException e) {
                    LOG.log(System.Logger.Level.WARNING, "{0}: could not release lease: {1}", config.identity(), e.getMessage());
                }
            }
            callbackThread.execute(callbacks::onStoppedLeading);
        }
        callbackThread.shutdown();
    }
}
