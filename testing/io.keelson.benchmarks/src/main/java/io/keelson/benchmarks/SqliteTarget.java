package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Path;

/** The embedded SQLite store, durable (synchronous=FULL), in a temp directory. */
final class SqliteTarget implements StoreTarget {

    private SqliteStore store;

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public KeyValueStore open(Path tmp) {
        store = new SqliteStore(tmp.resolve("sqlite"));
        return store;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
