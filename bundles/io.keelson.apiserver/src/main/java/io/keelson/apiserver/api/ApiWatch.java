package io.keelson.apiserver.api;

import org.osgi.annotation.versioning.ProviderType;

/** A running in-process watch. */
@ProviderType
public interface ApiWatch extends AutoCloseable {

    /** Ends the watch; idempotent. No onEvent comes after it returns; onClose(null) follows unless the watch had ended. */
    @Override
    void close();
}
