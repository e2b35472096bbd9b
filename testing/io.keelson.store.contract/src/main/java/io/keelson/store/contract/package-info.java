/**
 * The store contract: abstract JUnit 5 suites every {@link io.keelson.store.api.KeyValueStore}
 * implementation must pass. Extend {@link io.keelson.store.contract.KeyValueStoreContract} and
 * implement {@code store()}.
 */
@Export
@Version("1.0.0")
package io.keelson.store.contract;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
