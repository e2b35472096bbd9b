/**
 * Work queues, as client-go's util/workqueue: keys to reconcile, deduplicated while queued, never
 * handed to two workers at once, retried with per-key exponential backoff.
 */
@Export
@Version("1.0.0")
package io.keelson.client.api.workqueue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
