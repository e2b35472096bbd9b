package io.keelson.test.greeter.consumer;

import org.osgi.annotation.versioning.ProviderType;

/** A client of the Greeter slot. */
@ProviderType
public interface GreeterClient {

    /** Greets through the bound Greeter, waiting a short while if none is bound right now. */
    String call(String name);

    /** Symbolic name of the bundle providing the bound Greeter, or null when none is bound. */
    String boundTo();
}
