package io.keelson.benchmarks;

import io.keelson.store.api.KeyValueStore;
import java.nio.file.Path;

/** One store the benchmark can run against. Register new ones in {@link StoreBenchmark#TARGETS}. */
public interface StoreTarget {

    /** The name on the command line and in the table ("sqlite", "etcd"). */
    String name();

    /** Opens an empty store; {@code tmp} is a fresh directory it may use. */
    KeyValueStore open(Path tmp) throws Exception;

    /** Closes the store and anything started for it. */
    void close() throws Exception;
}
