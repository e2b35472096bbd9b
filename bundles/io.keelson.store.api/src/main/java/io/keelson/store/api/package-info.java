/**
 * The store SPI: a revisioned key-value store with etcd's semantics. One global revision that only
 * grows; writes guarded by mod-revision (compare-and-swap); range by prefix at a revision with
 * limit and continue; watch from a revision; compaction; leases with a TTL.
 *
 * <p>Only the API server touches the store; everything else reaches state through the API.
 */
@Export
@Version("1.1.0")
package io.keelson.store.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
