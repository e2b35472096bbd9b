package io.keelson.client.tests.http;

import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.tests.TestServer;
import io.keelson.client.tests.TestServerContract;

/** The KubeClient contract against the HTTP client and a real API server on SQLite, both in this JVM. */
class HttpKubeClientContractTest extends TestServerContract<HttpKubeClient> {

    @Override
    protected HttpKubeClient newClient(TestServer server) {
        return new HttpKubeClient(server.kubeconfig());
    }
}
