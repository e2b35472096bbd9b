/**
 * The one client interface scheduler, controllers, kubelet and add-ons use to reach the API server:
 * typed access per resource ({@link io.keelson.client.api.KubeClient#resources(Class)}), watches,
 * and failures as {@link io.keelson.client.api.KubeException}s carrying the Kubernetes {@code Status}.
 * Objects are the fabric8 model classes re-bundled as {@code io.keelson.model}.
 */
@Export
@Version("1.0.0")
package io.keelson.client.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
