package io.keelson.store.api;

import org.osgi.annotation.versioning.ProviderType;

/** A running watch. Closing it stops delivery; closing twice is harmless. */
@ProviderType
public interface Watch extends AutoCloseable {

    @Override
    void close();
}
