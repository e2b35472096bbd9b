/** What the API server publishes once it listens: its URL and the admin kubeconfig it wrote. */
@Export
@Version("1.0.0")
package io.keelson.apiserver.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
