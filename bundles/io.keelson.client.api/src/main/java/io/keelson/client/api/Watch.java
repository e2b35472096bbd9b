package io.keelson.client.api;

import org.osgi.annotation.versioning.ProviderType;

/** A running watch. */
@ProviderType
public interface Watch extends AutoCloseable {

    /** Ends the watch; the watcher then gets {@code onClose(null)} unless it already got its onClose. Idempotent. */
    @Override
    void close();
}
