/**
 * Leader election on a coordination.k8s.io/v1 Lease, as client-go's tools/leaderelection: one of
 * several candidates holds the lease and renews it; when it stops or fails to renew, another takes over.
 */
@Export
@Version("1.0.0")
package io.keelson.client.api.leader;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
