/**
 * What every {@link io.keelson.client.api.KubeClient} transport does alike, so the HTTP and the
 * in-process client share one copy: where a fabric8 type lives ({@link io.keelson.client.api.support.ResourceType}),
 * the namespace rules applied before a request is made ({@link io.keelson.client.api.support.ResourceScope}),
 * and the JSON of list answers and DeleteOptions ({@link io.keelson.client.api.support.JsonBodies}).
 * For client implementations; code that uses a client does not need it.
 */
@Export
@Version("1.0.0")
package io.keelson.client.api.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
