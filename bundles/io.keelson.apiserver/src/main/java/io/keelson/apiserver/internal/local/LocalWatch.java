package io.keelson.apiserver.internal.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.api.ApiException;
import io.keelson.apiserver.api.ApiWatch;
import io.keelson.apiserver.api.ApiWatchListener;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.handlers.WatchHandler;
import io.keelson.store.api.StoreUnavailableException;
import java.io.IOException;

/**
 * An in-process watch: the watch handler's loop on a server thread, its events handed to the
 * listener as trees (shared with other watchers of the same change: read-only). Events are
 * delivered under a lock that {@link #close()} takes too, so none comes after close() returns;
 * onClose comes once, last, from the watch's thread.
 */
final class LocalWatch implements ApiWatch, WatchHandler.Sink, Runnable {

    private static final System.Logger LOG = System.getLogger(LocalWatch.class.getName());
    private final WatchHandler.Loop loop;
    private final ApiWatchListener listener;
    private final Object lock = new Object();
    private boolean closed;
    private Thread thread;
    private volatile boolean stopping;

    LocalWatch(WatchHandler.Loop loop, ApiWatchListener listener) {
        this.loop = loop;
        this.listener = listener;
    }

    @Override
    public void run() {
        synchronized (lock) {
            if (closed) {
                finish(null);
                return;
            }
            thread = Thread.currentThread();
        }
        ApiException failure = null;
        try {
            loop.run(() -> stopping, this);
        } catch (IOException e) {
            // closed by the caller
        } catch (io.keelson.apiserver.internal.errors.ApiException e) {
            failure = LocalRequests.exported(e);
        } catch (StoreUnavailableException e) {
            failure = LocalRequests.exported(Errors.unavailable("the store is unavailable: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "in-process watch failed", e);
            failure = LocalRequests.exported(Errors.internal(String.valueOf(e.getMessage())));
        }
        boolean byCaller;
        synchronized (lock) {
            thread = null;
            byCaller = closed;
            Thread.interrupted(); // an interrupt from close() is spent; the pool thread goes back clean
        }
        finish(byCaller ? null : failure);
    }

    private void finish(ApiException failure) {
        try {
            listener.onClose(failure);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a watch listener's onClose failed", e);
        }
    }

    @Override
    public boolean trees() {
        return true;
    }

    @Override
    public void send(byte[] event) throws IOException {
        throw new IOException("an in-process watch takes trees");
    }

    @Override
    public void send(String type, ObjectNode object) throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new IOException("closed");
            }
            try {
                listener.onEvent(type, object);
            } catch (RuntimeException e) {
                // a listener that throws ends its watch, as a client that broke its connection would
                LOG.log(System.Logger.Level.WARNING, "a watch listener's onEvent failed; the watch ends", e);
                closed = true;
                throw new IOException(e);
            }
        }
    }

    @Override
    public void close() {
        stopping = true;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (thread != null && thread != Thread.currentThread()) {
                thread.interrupt(); // wakes the loop from its wait for the next change
            }
        }
    }
}
