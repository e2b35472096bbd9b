/**
 * Informers, as client-go's tools/cache: a {@link io.keelson.client.api.cache.SharedInformer} lists
 * and watches one resource, keeps an indexed local cache ({@link io.keelson.client.api.cache.Lister})
 * and tells {@link io.keelson.client.api.cache.ResourceEventHandler}s what changed. Controllers are
 * built as informers, then a work queue of keys, then reconcile(key).
 */
@Export
@Version("1.0.0")
package io.keelson.client.api.cache;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
