/**
 * What the API server publishes: once it listens, its URL and the admin kubeconfig it wrote
 * ({@link io.keelson.apiserver.api.ApiServerEndpoint}); and the Kubernetes REST verbs in-process,
 * as Jackson trees with no HTTP or JSON text ({@link io.keelson.apiserver.api.ApiRequests}).
 */
@Export
@Version("1.1.0")
package io.keelson.apiserver.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
