package io.keelson.apiserver.internal;

import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.services.ServiceAllocator;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import java.time.Clock;
import java.time.Duration;

/** What handlers share: the type table, the type rules, the storage, the service allocator, the clock and timing settings. */
public record Context(ResourceRegistry registry, TypeRules rules, ObjectStorage storage, ServiceAllocator services, Clock clock,
        Duration bookmarkInterval, Duration defaultWatchTimeout) {

    /** Whether the type is core/v1 services (which get addresses and node ports). */
    public static boolean isServices(ResourceType type) {
        return type.group().isEmpty() && type.plural().equals("services");
    }
}
