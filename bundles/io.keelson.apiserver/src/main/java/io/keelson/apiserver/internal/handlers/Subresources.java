package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apiserver.internal.delete.NamespaceFinalize;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;

/** Routes the subresources other than status: scale, a pod's binding, eviction, log, exec, attach, portforward, and a namespace's finalize. */
public final class Subresources {

    private final Context context;
    private final ScaleHandler scale;
    private final PodSubresources pods;
    private final PodStreams streams;

    public Subresources(Context context, Updater updater, DeleteHandler deletes) {
        this.context = context;
        this.scale = new ScaleHandler(context, updater);
        this.pods = new PodSubresources(context, deletes);
        this.streams = new PodStreams(context);
    }

    /** Whether this handler serves the path: a subresource other than status, or the bindings collection. */
    public static boolean serves(ApiPath path) {
        return path.subresource() != null && !path.subresource().equals("status") || isCore(path.type(), "bindings");
    }

    public void handle(Exchange ex, ApiPath path) {
        ResourceType type = path.type();
        if (isCore(type, "bindings")) {
            if (!path.isCollection()) {
                throw Errors.pathNotFound();
            }
            post(ex);
            pods.bind(ex, path.namespace(), null);
            return;
        }
        String sub = path.subresource();
        if (sub.equals("scale") && type.has(ResourceType.Trait.SCALE)) {
            scale.handle(ex, path);
            return;
        }
        if (sub.equals("finalize") && isCore(type, "namespaces")) {
            if (!ex.method().equals("PUT")) {
                throw Errors.methodNotAllowed();
            }
            ex.json(200, Responses.typed(type, NamespaceFinalize.finalize(context, path.name(), ObjectCodec.parse(ex.body()))));
            return;
        }
        if (!isCore(type, "pods")) {
            throw Errors.pathNotFound();
        }
        switch (sub) {
            case "binding" -> {
                post(ex);
                pods.bind(ex, path.namespace(), path.name());
            }
            case "eviction" -> {
                post(ex);
                pods.evict(ex, path.namespace(), path.name());
            }
            case "log" -> streams.log(ex, path.namespace(), path.name());
            case "exec", "attach", "portforward" -> streams.connect(ex, path.namespace(), path.name(), sub);
            default -> throw Errors.pathNotFound();
        }
    }

    private static boolean isCore(ResourceType type, String plural) {
        return type.group().isEmpty() && type.plural().equals(plural);
    }

    private static void post(Exchange ex) {
        if (!ex.method().equals("POST")) {
            throw Errors.methodNotAllowed();
        }
    }
}
