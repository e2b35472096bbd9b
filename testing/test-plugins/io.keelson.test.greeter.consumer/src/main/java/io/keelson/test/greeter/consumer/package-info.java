/** What tests call to see the Greeter a DYNAMIC + GREEDY reference is bound to. */
@Export
@Version("1.0.0")
package io.keelson.test.greeter.consumer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
