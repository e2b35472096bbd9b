package io.keelson.test.greeter.consumer.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.keelson.test.greeter.api.Greeter;
import io.keelson.test.greeter.consumer.GreeterClient;

/**
 * Holds the Greeter slot the way core components hold theirs: DYNAMIC + GREEDY, so a higher-ranked
 * provider takes over at once and removing it falls back. The reference is OPTIONAL on purpose:
 * were it mandatory, losing the only provider for a moment (a jar being updated) would deactivate
 * this component and fail every caller; instead a call waits a bounded time for the next provider.
 */
@Component(immediate = true)
public class GreedyGreeterClient implements GreeterClient {

    static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Greeter greeter;

    @Override
    public String call(String name) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        RuntimeException last = null;
        while (System.nanoTime() - deadline < 0) {
            Greeter g = greeter;
            if (g == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // between unbind and rebind
                continue;
            }
            try {
                return g.greet(name);
            } catch (RuntimeException e) {
                // a provider that fails while being swapped out: retry on its successor, if any
                if (greeter == g) {
                    throw e;
                }
                last = e;
            }
        }
        IllegalStateException timeout = new IllegalStateException("no Greeter bound within 10 s");
        if (last != null) {
            timeout.addSuppressed(last);
        }
        throw timeout;
    }

    @Override
    public String boundTo() {
        Greeter g = greeter;
        Bundle b = g == null ? null : FrameworkUtil.getBundle(g.getClass());
        return b == null ? null : b.getSymbolicName();
    }
}
