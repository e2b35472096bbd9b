package io.keelson.store.sqlite.internal;

import io.keelson.store.api.StoreException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Expires leases: a few times a second it asks the committer to revoke every lease past its expiry.
 * When none is due the committer's batch changes nothing and is rolled back, costing no fsync.
 */
final class LeaseReaper implements AutoCloseable {

    static final long PERIOD_MILLIS = 200;
    private static final System.Logger LOG = System.getLogger(LeaseReaper.class.getName());

    private final ScheduledExecutorService timer;

    LeaseReaper(Committer committer) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keelson-sqlite-leases");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                committer.submit(w -> w.leases.expire());
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "expiring leases failed; retrying", e);
            }
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
