package io.keelson.client.tools.internal.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.GoneException;
import io.keelson.client.api.KubeException;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import io.keelson.client.api.ResourceClient;
import io.keelson.client.api.Watch;
import io.keelson.client.api.cache.InformerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * client-go's Reflector: lists, then watches from the list's resourceVersion, re-watching from the
 * last seen one when a watch ends and listing again when the server says 410 Gone. Failures back
 * off exponentially. Runs on a thread of its own.
 */
final class Reflector<T extends HasMetadata> {

    private static final System.Logger LOG = System.getLogger(Reflector.class.getName());
    private static final long MIN_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final String name;
    private final ResourceClient<T> resources;
    private final ListOptions selection;
    private final long pageSize;
    private final DefaultSharedInformer<T> sink;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Watch current;
    private Thread thread;

    Reflector(String name, ResourceClient<T> resources, InformerOptions options, DefaultSharedInformer<T> sink) {
        this.name = name;
        this.resources = resources;
        this.selection = ListOptions.ALL.withLabelSelector(options.labelSelector()).withFieldSelector(options.fieldSelector());
        this.pageSize = options.pageSize();
        this.sink = sink;
    }

    void start() {
        thread = DefaultSharedInformer.daemon(this::run, name + "-reflector");
        thread.start();
    }

    void stop() {
        stopped.countDown();
        Watch w = current;
        if (w != null) {
            w.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long backoff = MIN_BACKOFF_MS;
        boolean needList = true;
        while (stopped.getCount() > 0) {
            try {
                if (needList) {
                    list();
                    needList = false;
                    backoff = MIN_BACKOFF_MS;
                }
                WatchSession.Outcome outcome = watch();
                switch (outcome) {
                    case GONE -> {
                        LOG.log(System.Logger.Level.INFO, "{0}: resourceVersion {1} is gone (410); listing again", name,
                                sink.lastSyncResourceVersion());
                        needList = true;
                    }
                    case ENDED -> backoff = MIN_BACKOFF_MS;
                    case QUIET -> pause(MIN_BACKOFF_MS);
                    case FAILED, ERROR -> {
                        needList = outcome == WatchSession.Outcome.ERROR;
                        pause(backoff);
                        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (KubeException e) {
                if (stopped.getCount() == 0) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "{0}: list failed, retrying in {1} ms: {2}", name, backoff, e.getMessage());
                try {
                    if (pause(backoff)) {
                        return;
                    }
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    /** Lists every page; a continue token that expired mid-way restarts the list in one request. */
    private void list() {
        long limit = pageSize;
        while (true) {
            List<T> all = new ArrayList<>();
            String token = null;
            ObjectList<T> page;
            try {
                do {
                    page = resources.list(selection.withLimit(limit).withContinue(token));
                    all.addAll(page.items());
                    token = page.continueToken();
                } while (page.hasMore());
            } catch (GoneException e) {
                if (token == null) {
                    throw e;
                }
                limit = 0;
                continue;
            }
            sink.replace(all, page.resourceVersion());
            return;
        }
    }

    private WatchSession.Outcome watch() throws InterruptedException {
        // like client-go: ask for 5 to 10 minutes so watches of many clients do not all end together
        long timeout = 300 + ThreadLocalRandom.current().nextLong(300);
        ListOptions options = selection.withResourceVersion(sink.lastSyncResourceVersion()).withBookmarks(true).withTimeoutSeconds(timeout);
        WatchSession<T> session = new WatchSession<>(sink);
        Watch w = resources.watch(options, session);
        current = w;
        try {
            if (stopped.getCount() == 0) {
                w.close();
            }
            return session.awaitEnd();
        } finally {
            w.close();
            session.detach();
            current = null;
        }
    }

    /** Waits, or returns true at once when stopped. */
    private boolean pause(long ms) throws InterruptedException {
        return stopped.await(ms, TimeUnit.MILLISECONDS);
    }
}
