package io.keelson.apiserver.internal;

import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import java.time.Clock;
import java.time.Duration;

/** What handlers share: the type table, the type rules, the storage, the clock and timing settings. */
public record Context(ResourceRegistry registry, TypeRules rules, ObjectStorage storage, Clock clock, Duration bookmarkInterval,
        Duration defaultWatchTimeout) {
}
