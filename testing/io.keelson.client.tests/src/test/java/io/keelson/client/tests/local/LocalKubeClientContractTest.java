package io.keelson.client.tests.local;

import io.keelson.client.local.internal.LocalKubeClient;
import io.keelson.client.tests.TestServer;
import io.keelson.client.tests.TestServerContract;

/** The KubeClient contract against the in-process client over a real API server on SQLite: the same suite as over HTTP. */
class LocalKubeClientContractTest extends TestServerContract<LocalKubeClient> {

    @Override
    protected LocalKubeClient newClient(TestServer server) {
        return new LocalKubeClient(server.requests());
    }
}
