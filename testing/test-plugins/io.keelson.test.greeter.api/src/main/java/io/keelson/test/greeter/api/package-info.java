/** A tiny single-slot SPI for testing hot swap. */
@Export
@Version("1.0.0")
package io.keelson.test.greeter.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
