package io.keelson.apiserver.internal.http;

import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.handlers.AggregatedDiscovery;
import io.keelson.apiserver.internal.handlers.CreateHandler;
import io.keelson.apiserver.internal.handlers.DeleteHandler;
import io.keelson.apiserver.internal.handlers.Discovery;
import io.keelson.apiserver.internal.handlers.PatchHandler;
import io.keelson.apiserver.internal.handlers.ReadHandler;
import io.keelson.apiserver.internal.handlers.UpdateHandler;
import io.keelson.apiserver.internal.handlers.Updater;
import io.keelson.apiserver.internal.handlers.WatchHandler;
import io.keelson.store.api.StoreUnavailableException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The one Jetty handler: authenticates, routes by path and method, and turns every failure into a Status. */
public final class Router extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private final Context context;
    private final Authenticator authenticator = new Authenticator();
    private final Discovery discovery;
    private final AggregatedDiscovery aggregatedDiscovery;
    private final ReadHandler reads;
    private final CreateHandler creates;
    private final UpdateHandler updates;
    private final PatchHandler patches;
    private final DeleteHandler deletes;
    private final WatchHandler watches;
    private final io.keelson.apiserver.internal.handlers.Subresources subresources;
    private final Supplier<String> serverAddress;
    private final io.keelson.apiserver.internal.openapi.OpenApi openApi;

    public Router(Context context, Supplier<String> serverAddress, io.keelson.apiserver.internal.watch.WatchHub hub,
            io.keelson.apiserver.internal.handlers.WebSocketWatches webSockets, io.keelson.apiserver.internal.delete.Collector collector) {
        this.context = context;
        this.serverAddress = serverAddress;
        this.discovery = new Discovery(context.registry());
        this.aggregatedDiscovery = new AggregatedDiscovery(context.registry());
        this.openApi = new io.keelson.apiserver.internal.openapi.OpenApi(context.registry());
        this.reads = new ReadHandler(context);
        this.creates = new CreateHandler(context);
        Updater updater = new Updater(context);
        this.updates = new UpdateHandler(context, updater);
        this.patches = new PatchHandler(context, updater);
        this.deletes = new DeleteHandler(context, collector);
        this.watches = new WatchHandler(context, hub, webSockets);
        this.subresources = new io.keelson.apiserver.internal.handlers.Subresources(context, updater, deletes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange ex = new JettyExchange(request, response, callback);
        try {
            ex.user(authenticator.authenticate(ex));
            if (!Authenticator.isPublic(ex.path()) && ex.user() == null) {
                throw Errors.unauthorized();
            }
            route(ex);
        } catch (ApiException e) {
            ex.error(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "internal error on " + ex.method() + " " + ex.path(), e);
            ex.error(Errors.internal(String.valueOf(e.getMessage())));
        }
        return true;
    }

    /**
     * Serves a request whose caller is known (authenticated over HTTP, or in-process); every failure
     * comes out as the ApiException whose Status the HTTP answer carries.
     */
    public void route(Exchange ex) {
        try {
            dispatch(ex);
        } catch (ApiException e) {
            throw e;
        } catch (StoreUnavailableException e) {
            throw Errors.unavailable("the store is unavailable: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "internal error on " + ex.method() + " " + ex.path(), e);
            throw Errors.internal(String.valueOf(e.getMessage()));
        }
    }

    private void dispatch(Exchange ex) {
        String path = ex.path();
        String[] segs = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        if (segs.length == 0) {
            throw Errors.pathNotFound();
        }
        switch (segs[0]) {
            case "healthz", "livez", "readyz" -> health(ex);
            case "version" -> {
                requireGet(ex);
                ex.json(200, Version.info());
            }
            case "api" -> api(ex, segs);
            case "apis" -> apis(ex, segs);
            case "openapi" -> openApi.serve(ex, segs);
            default -> throw Errors.pathNotFound();
        }
    }

    private void health(Exchange ex) {
        requireGet(ex);
        context.storage().store().revision();
        ex.text(200, "ok");
    }

    private void api(Exchange ex, String[] segs) {
        if (segs.length == 1) {
            requireGet(ex);
            if (!aggregated(ex, true)) {
                discovery.apiVersions(ex, serverAddress.get());
            }
        } else if (!segs[1].equals("v1")) {
            throw Errors.pathNotFound();
        } else if (segs.length == 2) {
            requireGet(ex);
            discovery.resourceList(ex, "", "v1");
        } else {
            resource(ex, ApiPath.parse(context.registry(), "", "v1", Arrays.copyOfRange(segs, 2, segs.length)));
        }
    }

    private void apis(Exchange ex, String[] segs) {
        if (segs.length == 1) {
            requireGet(ex);
            if (!aggregated(ex, false)) {
                discovery.groupList(ex);
            }
        } else if (segs.length == 2) {
            requireGet(ex);
            discovery.group(ex, segs[1]);
        } else if (segs.length == 3) {
            requireGet(ex);
            discovery.resourceList(ex, segs[1], segs[2]);
        } else {
            resource(ex, ApiPath.parse(context.registry(), segs[1], segs[2], Arrays.copyOfRange(segs, 3, segs.length)));
        }
    }

    private void resource(Exchange ex, ApiPath path) {
        if (io.keelson.apiserver.internal.handlers.Subresources.serves(path)) {
            subresources.handle(ex, path);
            return;
        }
        switch (ex.method()) {
            case "GET" -> {
                if (ex.queryFlag("watch")) {
                    watches.watch(ex, path);
                } else if (path.isCollection()) {
                    reads.list(ex, path);
                } else {
                    reads.get(ex, path);
                }
            }
            case "POST" -> creates.create(ex, path);
            case "PUT" -> updates.update(ex, path);
            case "PATCH" -> patches.patch(ex, path);
            case "DELETE" -> deletes.delete(ex, path);
            default -> throw Errors.methodNotAllowed();
        }
    }

    /** Answers with aggregated discovery when the client asks for it before plain JSON. */
    private boolean aggregated(Exchange ex, boolean core) {
        String version = AggregatedDiscovery.wanted(ex.header("Accept"));
        if (version == null) {
            return false;
        }
        ex.json(200, AggregatedDiscovery.contentType(version), aggregatedDiscovery.list(version, core));
        return true;
    }

    private static void requireGet(Exchange ex) {
        if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
            throw Errors.methodNotAllowed();
        }
    }
}
