package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.registry.ResourceType;

/** The last step of a create: a service's address and node ports, then the store (a dry run allocates and gives back). */
final class Creation {

    private Creation() {
    }

    static ObjectNode store(Context context, ResourceType type, String namespace, String name, ObjectNode object, boolean dryRun) {
        boolean service = Context.isServices(type);
        if (service) {
            context.services().allocate(name, object);
        }
        if (dryRun) {
            if (service) {
                context.services().release(object);
            }
            return object;
        }
        try {
            return context.storage().create(type, namespace, name, object);
        } catch (ApiException e) {
            if (service) {
                context.services().release(object);
            }
            throw e;
        }
    }
}
