/**
 * The cluster PKI: one CA per cluster and the certificates it issues (API serving, admin client,
 * and later etcd peer/client, API to kubelet and service-account signing), kept as PEM files in a
 * directory and reused across starts; plus the admin kubeconfig that carries them to kubectl.
 */
@Export
@Version("1.0.0")
package io.keelson.pki.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
