package io.keelson.client.tests;

/**
 * THE KubeClient contract: every implementation must pass it. It is the chain {@link CrudContract},
 * {@link ListContract}, {@link WatchContract}, {@link InformerContract},
 * {@link LeaderElectionContract} and {@link ControllerContract}, each test in a namespace of its own.
 *
 * <p>To run it, extend this class with the client under test and a way to compact the server's
 * history (the HTTP run: {@code HttpKubeClientContractTest}):
 *
 * <pre>
 * class InProcessClientContractTest extends KubeClientContract {
 *     static RunningServer server; static KubeClient client;   // started in &#64;BeforeAll
 *     &#64;Override protected KubeClient client() { return client; }
 *     &#64;Override protected void compactHistory() { server.store.compact(server.store.revision()); }
 *     &#64;Override protected InformerFactory informers() { return TOOLS; }
 *     &#64;Override protected LeaderElectors leaderElectors() { return TOOLS; }
 *     &#64;Override protected WorkQueues workQueues() { return TOOLS; }
 * }
 * </pre>
 *
 * <p>The server must send watch BOOKMARKs within {@link #maxWait()} when asked for them.
 */
public abstract class KubeClientContract extends ControllerContract {
}
