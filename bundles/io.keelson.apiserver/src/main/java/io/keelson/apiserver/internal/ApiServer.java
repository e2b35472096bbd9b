package io.keelson.apiserver.internal;

import io.keelson.apis.ApiRules;
import io.keelson.apiserver.api.ApiServerEndpoint;
import io.keelson.apiserver.internal.delete.Collector;
import io.keelson.apiserver.internal.handlers.WebSocketWatches;
import io.keelson.apiserver.internal.http.Router;
import io.keelson.apiserver.internal.http.StatusErrorHandler;
import io.keelson.apiserver.internal.services.AllocationRepair;
import io.keelson.apiserver.internal.services.KubernetesService;
import io.keelson.apiserver.internal.services.ServiceAllocator;
import io.keelson.apiserver.internal.services.ServiceRange;
import io.keelson.apiserver.internal.watch.WatchHub;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.IssuedCertificate;
import io.keelson.pki.api.Pki;
import io.keelson.store.api.KeyValueStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * The API server without OSGi: a store and settings in, HTTPS (and optionally HTTP) out. Makes or
 * reuses the cluster PKI in {@code <dataDir>/pki} and writes {@code <dataDir>/kubeconfig}.
 */
public final class ApiServer implements ApiServerEndpoint, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
    private final ApiServerSettings settings;
    private final Context context;
    private Server server;
    private WatchHub watches;
    private WebSocketWatches webSocketWatches;
    private Collector collector;
    private ScheduledExecutorService repair;
    private ServerConnector secure;
    private ServerConnector insecure;
    private io.keelson.apiserver.internal.local.LocalRequests requests;

    public ApiServer(KeyValueStore store, ApiServerSettings settings) {
        this(store, settings, ApiRules.standard());
    }

    public ApiServer(KeyValueStore store, ApiServerSettings settings, ApiRules rules) {
        this.settings = settings;
        this.context = new Context(new ResourceRegistry(), new TypeRules(rules), new ObjectStorage(store),
                new ServiceAllocator(store, ServiceRange.DEFAULT), Clock.systemUTC(), settings.bookmarkInterval(), settings.watchTimeout());
    }

    public synchronized void start() throws Exception {
        Bootstrap.ensureNamespaces(context);
        ClusterPki pki = Pki.open(settings.dataDir().resolve("pki"));
        IssuedCertificate serving = pki.apiServing(subjectAltNames());
        char[] password = java.util.UUID.randomUUID().toString().toCharArray();

        // watches hold a thread each until they end
        QueuedThreadPool threads = new QueuedThreadPool(2000, 8);
        threads.setName("keelson-api");
        server = new Server(threads);
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(pki.keyStore(serving, password));
        ssl.setKeyStorePassword(new String(password));
        ssl.setTrustStore(pki.trustStore());
        ssl.setWantClientAuth(true);
        HttpConfiguration https = httpConfiguration();
        https.addCustomizer(new SecureRequestCustomizer(false));
        secure = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        secure.setHost(settings.bindAddress());
        secure.setPort(settings.securePort());
        server.addConnector(secure);
        if (settings.insecurePort() >= 0) {
            HttpConfiguration http = httpConfiguration();
            insecure = new ServerConnector(server, new HttpConnectionFactory(http));
            insecure.setHost(settings.bindAddress());
            insecure.setPort(settings.insecurePort());
            server.addConnector(insecure);
        }
        watches = new WatchHub(context.storage().store(), context.registry(), settings.watchWindow(), settings.watcherBacklog());
        watches.start();
        ServerWebSocketContainer ws = ServerWebSocketContainer.ensure(server);
        ws.setIdleTimeout(java.time.Duration.ofHours(2));
        webSocketWatches = new WebSocketWatches(ws);
        collector = new Collector(context);
        collector.start();
        server.setErrorHandler(new StatusErrorHandler());
        Router router = new Router(context, () -> hostForClients() + ":" + secure.getLocalPort(), watches, webSocketWatches, collector);
        server.setHandler(router);
        requests = new io.keelson.apiserver.internal.local.LocalRequests(router);
        server.start();
        KubernetesService.reconcile(context, context.services(), endpointAddress(), secure.getLocalPort());
        repair = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keelson-allocation-repair");
            t.setDaemon(true);
            return t;
        });
        repair.scheduleWithFixedDelay(new AllocationRepair(context.storage().store()), 0, 60, TimeUnit.SECONDS);
        pki.writeAdminKubeconfig(kubeconfig(), url());
        LOG.log(System.Logger.Level.INFO, "API server listening on {0}; admin kubeconfig {1}", url(), kubeconfig());
    }

    /**
     * Paths reach the router as Go's server hands them on ("a%25b" is the name "a%b"), and URIs and headers
     * may be as long as Kubernetes clients make them (long continue tokens, selectors).
     */
    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration c = new HttpConfiguration();
        c.setSendServerVersion(false);
        c.setUriCompliance(org.eclipse.jetty.http.UriCompliance.LEGACY);
        c.setRequestHeaderSize(64 * 1024);
        return c;
    }

    private Set<String> subjectAltNames() {
        Set<String> names = new LinkedHashSet<>(java.util.List.of("127.0.0.1", "::1", "localhost", "kubernetes", "kubernetes.default",
                "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"));
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            // no resolvable host name: the loopback names still work
        }
        if (!isWildcard(settings.bindAddress())) {
            names.add(settings.bindAddress());
        }
        return names;
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.isEmpty();
    }

    /** The address the kubernetes service's endpoints name: the bind address, or for a wildcard the host's first IPv4 one. */
    private String endpointAddress() {
        if (!isWildcard(settings.bindAddress())) {
            return settings.bindAddress();
        }
        try {
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // no interfaces to ask: loopback below
        }
        return "127.0.0.1";
    }

    private String hostForClients() {
        String bind = settings.bindAddress();
        if (isWildcard(bind)) {
            return "127.0.0.1";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    @Override
    public String url() {
        return "https://" + hostForClients() + ":" + secure.getLocalPort();
    }

    /** How many watchers the shared watch of a type currently feeds (for tests and metrics). */
    public int watchers(String group, String plural) {
        return watches.watchers(context.registry().find(group, context.registry().versions(group).get(0), plural).orElseThrow());
    }

    /** The REST verbs in-process (the same routes as HTTP, no transport); null before {@link #start()}. */
    public synchronized io.keelson.apiserver.api.ApiRequests requests() {
        return requests;
    }

    @Override
    public String insecureUrl() {
        return insecure == null ? null : "http://" + hostForClients() + ":" + insecure.getLocalPort();
    }

    @Override
    public Path kubeconfig() {
        return settings.dataDir().resolve("kubeconfig");
    }

    @Override
    public synchronized void close() throws Exception {
        if (server != null) {
            watches.close();
            if (requests != null) {
                requests.close(); // their watches' threads
            }
            webSocketWatches.close();
            collector.close();
            repair.shutdownNow();
            server.stop();
            server = null;
        }
    }
}
