package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.WatchEvent;
import io.keelson.store.api.WriteResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the contract shares: the store under test, a key prefix of its own per test
 * (so a store may be shared by all tests, as a real etcd is), and helpers.
 *
 * <p>Nothing here assumes a backend. No assertion depends on how long something took; tests wait
 * for outcomes with {@link #await()}.
 */
public abstract class ContractSupport {

    /** The store under test. Called many times per test; return the same instance. */
    protected abstract KeyValueStore store();

    /** TTL of the leases the lease tests grant. etcd raises TTLs below its minimum (about 2 s). */
    protected long leaseTtlSeconds() {
        return 2;
    }

    /** The longest any test waits for an outcome. */
    protected Duration maxWait() {
        return Duration.ofSeconds(10);
    }

    /** A prefix no other test uses, ending in "/". */
    protected String prefix;

    private final List<Long> leases = new ArrayList<>();

    @BeforeEach
    void newPrefix() {
        prefix = "/contract/" + UUID.randomUUID().toString().substring(0, 8) + "/";
    }

    @AfterEach
    void revokeLeases() {
        // leases left running would expire during later tests and add revisions there
        for (long lease : leases) {
            store().revokeLease(lease);
        }
        leases.clear();
    }

    protected ConditionFactory await() {
        return Awaitility.await().atMost(maxWait()).pollInterval(Duration.ofMillis(20));
    }

    protected String key(String name) {
        return prefix + name;
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    protected static String str(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    protected WriteResult put(String name, String value) {
        return store().create(key(name), bytes(value), KeyValueStore.NO_LEASE);
    }

    /** Grants a lease that the test's clean-up revokes. */
    protected long grant() {
        long lease = store().grantLease(leaseTtlSeconds());
        leases.add(lease);
        return lease;
    }

    /** Asserts revisions strictly increase (in order, no duplicates). */
    protected static void assertStrictlyIncreasing(List<Long> revisions) {
        for (int i = 1; i < revisions.size(); i++) {
            assertThat(revisions.get(i)).as("revision at %d of %s", i, revisions)
                    .isGreaterThan(revisions.get(i - 1));
        }
    }

    protected static void assertNonDecreasing(List<Long> revisions) {
        for (int i = 1; i < revisions.size(); i++) {
            assertThat(revisions.get(i)).as("revision at %d of %s", i, revisions)
                    .isGreaterThanOrEqualTo(revisions.get(i - 1));
        }
    }

    /** Events as "PUT name=value" / "DELETE name", names relative to {@link #prefix}. */
    protected List<String> describe(List<WatchEvent> events) {
        return events.stream().map(e -> {
            String name = e.key().startsWith(prefix) ? e.key().substring(prefix.length()) : e.key();
            return e.type() == WatchEvent.Type.PUT ? "PUT " + name + "=" + str(e.current().value()) : "DELETE " + name;
        }).toList();
    }
}
