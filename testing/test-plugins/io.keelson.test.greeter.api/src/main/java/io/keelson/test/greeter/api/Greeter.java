package io.keelson.test.greeter.api;

import org.osgi.annotation.versioning.ConsumerType;

/** The single-slot SPI the test plugins provide. */
@ConsumerType
public interface Greeter {

    String greet(String name);
}
