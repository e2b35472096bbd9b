package io.keelson.store.tests;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.contract.KeyValueStoreContract;
import io.keelson.store.sqlite.internal.SqliteStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against one SQLite store in a temp dir, shared by every test as etcd would be. */
class SqliteStoreContractTest extends KeyValueStoreContract {

    @TempDir
    static Path dir;
    static SqliteStore store;

    @BeforeAll
    static void open() {
        store = new SqliteStore(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    protected KeyValueStore store() {
        return store;
    }
}
