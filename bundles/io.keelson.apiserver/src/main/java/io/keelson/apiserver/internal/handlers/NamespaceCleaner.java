package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;

/** Removes every namespaced object of a namespace (what the namespace controller will do later). */
final class NamespaceCleaner {

    private NamespaceCleaner() {
    }

    static void deleteContents(Context context, String namespace) {
        for (ResourceType type : context.registry().all()) {
            if (!type.namespaced() || type.has(ResourceType.Trait.VIRTUAL)) {
                continue;
            }
            String prefix = ObjectStorage.prefix(type, namespace);
            for (KeyValue kv : context.storage().range(RangeRequest.prefix(prefix)).kvs()) {
                try {
                    context.storage().store().delete(kv.key(), 0);
                } catch (KeyNotFoundException e) {
                    // deleted meanwhile
                }
            }
        }
    }
}
