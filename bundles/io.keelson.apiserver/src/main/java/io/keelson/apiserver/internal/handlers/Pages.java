package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.CompactedException;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A scan's store pages, with the next one read on another thread while the caller writes the current:
 * a big LIST's store reads (off-heap, in SQLite) and its writing (scanning and TLS) overlap on two
 * cores instead of taking turns. At most one page is read ahead.
 */
final class Pages implements AutoCloseable {

    private static final ExecutorService AHEAD = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keelson-list-read");
        t.setDaemon(true);
        return t;
    });
    private final ObjectStorage storage;
    private final String prefix;
    private final boolean continued;
    private Future<RangeResult> ahead;
    private RangeRequest aheadRequest;

    Pages(ObjectStorage storage, String prefix, boolean continued) {
        this.storage = storage;
        this.prefix = prefix;
        this.continued = continued;
    }

    RangeResult read(String start, int limit, long revision) {
        RangeRequest request = new RangeRequest(prefix, start, limit, revision);
        if (ahead != null && Objects.equals(request, aheadRequest)) {
            Future<RangeResult> f = ahead;
            ahead = null;
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a list page", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return direct(request);
    }

    /** Starts reading the page a later {@link #read} with the same arguments will want. */
    void readAhead(String start, int limit, long revision) {
        aheadRequest = new RangeRequest(prefix, start, limit, revision);
        RangeRequest request = aheadRequest;
        ahead = AHEAD.submit(() -> direct(request));
    }

    private RangeResult direct(RangeRequest request) {
        try {
            return storage.range(request);
        } catch (CompactedException e) {
            if (continued) {
                throw Errors.gone("The provided continue parameter is too old to display a consistent list result. You can start a new "
                        + "list without the continue parameter, or use the continue token in this response to retrieve the remainder "
                        + "of the results. Continuing with the provided token results in an inconsistent list - objects that were "
                        + "created, modified, or deleted between the time the first chunk was returned and now may show up in the list.");
            }
            throw Errors.gone("The resourceVersion for the provided list is too old.");
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancel(false);
        }
    }
}
