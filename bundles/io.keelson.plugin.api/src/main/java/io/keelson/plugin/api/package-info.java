/**
 * What plugins are installed in a Keelson node, of which kind, and which one is active for its slot.
 */
@Export
@Version("1.0.0")
package io.keelson.plugin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
