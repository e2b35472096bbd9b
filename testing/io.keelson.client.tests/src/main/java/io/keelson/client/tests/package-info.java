/**
 * The KubeClient contract: abstract JUnit 5 suites every {@link io.keelson.client.api.KubeClient}
 * implementation must pass. Extend {@link io.keelson.client.tests.KubeClientContract}.
 */
@Export
@Version("1.0.0")
package io.keelson.client.tests;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
