/**
 * Kubernetes type knowledge over the fabric8 object model: defaulting, validation with Kubernetes'
 * field error wording, strict-decoding unknown fields and {@code kubectl get} table printers.
 */
@Export
@Version("1.0.0")
package io.keelson.apis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
