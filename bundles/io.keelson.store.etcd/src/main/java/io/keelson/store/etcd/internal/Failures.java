package io.keelson.store.etcd.internal;

import io.etcd.jetcd.common.exception.EtcdException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.keelson.store.api.CompactedException;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.LeaseNotFoundException;
import io.keelson.store.api.StoreException;
import java.util.function.LongSupplier;

/** Maps jetcd and gRPC failures onto the SPI's exceptions. */
final class Failures {

    private final EtcdConnection connection;
    private final LongSupplier compactedRevision;

    Failures(EtcdConnection connection, LongSupplier compactedRevision) {
        this.connection = connection;
        this.compactedRevision = compactedRevision;
    }

    StoreException map(Throwable t, long requestedRevision, long lease) {
        if (t instanceof StoreException se) {
            return se;
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            throw (RuntimeException) t;
        }
        String message = message(t);
        if (isCompacted(message)) {
            return new CompactedException(requestedRevision, compactedRevision.getAsLong());
        }
        if (message.contains("required revision is a future revision")) {
            return new StoreException("revision " + requestedRevision + " is newer than the store's revision", t);
        }
        if (lease != KeyValueStore.NO_LEASE && message.contains("lease not found")) {
            return new LeaseNotFoundException(lease);
        }
        return connection.unavailable(t);
    }

    static boolean isCompacted(String message) {
        return message.contains("required revision has been compacted");
    }

    static String message(Throwable t) {
        if (t instanceof EtcdException || t instanceof StatusRuntimeException) {
            String description = Status.fromThrowable(t).getDescription();
            String own = t.getMessage() == null ? "" : t.getMessage();
            return description == null ? own : description + " " + own;
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }
}
