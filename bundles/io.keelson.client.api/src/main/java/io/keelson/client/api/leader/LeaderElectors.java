package io.keelson.client.api.leader;

import io.keelson.client.api.KubeClient;
import org.osgi.annotation.versioning.ProviderType;

/** Makes leader electors; a service, independent of how the client reaches the API. */
@ProviderType
public interface LeaderElectors {

    /** A new, not yet started candidate for the lease {@code config} names. */
    LeaderElector create(KubeClient client, LeaderElectionConfig config, LeaderCallbacks callbacks);
}
