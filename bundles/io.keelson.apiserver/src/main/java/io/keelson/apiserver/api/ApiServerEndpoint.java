package io.keelson.apiserver.api;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** A listening API server; registered as a service once it accepts connections. */
@ProviderType
public interface ApiServerEndpoint {

    /** The HTTPS URL, e.g. {@code https://127.0.0.1:6443}. */
    String url();

    /** The plain HTTP URL when the insecure port is on, else {@code null}. */
    String insecureUrl();

    /** The admin kubeconfig written at start ({@code <dataDir>/kubeconfig}). */
    Path kubeconfig();
}
