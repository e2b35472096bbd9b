package io.keelson.client.tests.http;

import io.keelson.client.http.internal.HttpKubeClient;
import io.keelson.client.tests.ClientCloseContract;
import io.keelson.client.tests.TestServer;

/** Closing the HTTP client ends its open watches cleanly, each watcher told once. */
class ClientCloseTest extends ClientCloseContract<HttpKubeClient> {

    @Override
    protected HttpKubeClient newClient(TestServer server) {
        return new HttpKubeClient(server.kubeconfig());
    }
}
