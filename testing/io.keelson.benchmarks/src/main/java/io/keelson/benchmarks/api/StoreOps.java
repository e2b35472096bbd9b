package io.keelson.benchmarks.api;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import java.util.concurrent.ThreadLocalRandom;

/** The raw store doing what {@link ApiOps} asks of the API: create, get, CAS update, range of {@code n} values, each a stored pod. */
final class StoreOps {

    static final String BASE = "/bench/";

    private final KeyValueStore store;
    private final byte[] value;
    private final byte[] running;

    /** {@code value}: a freshly created pod as stored (creates and updates); {@code running}: one with status (reads). */
    StoreOps(KeyValueStore store, byte[] value, byte[] running) {
        this.store = store;
        this.value = value;
        this.running = running;
    }

    /** Loads the namespace get and range read, and one key per updating client. */
    long[] load(int n, int clients) {
        for (int i = 0; i < n; i++) {
            store.create(BASE + "rw/p-" + i, running, 0);
        }
        long[] revisions = new long[clients];
        for (int i = 0; i < clients; i++) {
            revisions[i] = store.create(BASE + "update/u-" + i, value, 0).revision();
        }
        return revisions;
    }

    Load.BlockingOp create(String tag) {
        return (client, seq) -> store.create(BASE + "create/" + tag + "-" + client + "-" + seq, value, 0);
    }

    Load.BlockingOp get(int n) {
        return (client, seq) -> store.get(BASE + "rw/p-" + ThreadLocalRandom.current().nextInt(n)).orElseThrow();
    }

    Load.BlockingOp update(long[] revisions) {
        return (client, seq) -> revisions[client] = store.update(BASE + "update/u-" + client, value, revisions[client], 0).revision();
    }

    Load.BlockingOp range(int n) {
        return (client, seq) -> {
            int got = store.range(RangeRequest.prefix(BASE + "rw/")).kvs().size();
            if (got != n) {
                throw new IllegalStateException("range returned " + got + " values, expected " + n);
            }
        };
    }
}
