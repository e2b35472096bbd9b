package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.CompactedException;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.Watch;
import org.junit.jupiter.api.Test;

/**
 * THE store contract: every {@link KeyValueStore} implementation must pass it. It is the whole chain
 * {@link WriteContract} (revisions, get, create, CAS update/delete), {@link RangeContract},
 * {@link WatchContract}, {@link LeaseContract}, and compaction here.
 *
 * <p>To run it, extend this class in a test module and return the store under test:
 *
 * <pre>
 * class SqliteStoreContractTest extends KeyValueStoreContract {
 *     &#64;TempDir static Path dir;
 *     static SqliteStore store;
 *     &#64;BeforeAll static void open() { store = new SqliteStore(dir); }
 *     &#64;AfterAll static void close() { store.close(); }
 *     &#64;Override protected KeyValueStore store() { return store; }
 * }
 * </pre>
 *
 * <p>One store may serve all tests (each test works under a prefix of its own, {@link #prefix}),
 * or the subclass may open a fresh one per test. Tests run one at a time. Override
 * {@link #leaseTtlSeconds()} or {@link #maxWait()} if the backend needs it.
 */
public abstract class KeyValueStoreContract extends LeaseContract {

    @Test
    void compactionKeepsCurrentValuesAndRefusesOlderReads() {
        long a1 = put("a", "1").revision();
        long a2 = store().update(key("a"), bytes("2"), a1, KeyValueStore.NO_LEASE).revision();
        put("b", "1");
        store().delete(key("b"), 0);
        long target = put("c", "1").revision();
        put("d", "after");

        assertThat(store().compact(target)).isEqualTo(target);
        assertThat(store().compactedRevision()).isGreaterThanOrEqualTo(target);

        assertThatThrownBy(() -> store().range(RangeRequest.prefix(prefix).atRevision(a2)))
                .isInstanceOfSatisfying(CompactedException.class, e -> {
                    assertThat(e.requestedRevision()).isEqualTo(a2);
                    assertThat(e.compactedRevision()).isGreaterThanOrEqualTo(target);
                });
        RangeResult atTarget = store().range(RangeRequest.prefix(prefix).atRevision(target));
        assertThat(atTarget.kvs()).extracting(kv -> kv.key().substring(prefix.length()) + "=" + str(kv.value()))
                .containsExactly("a=2", "c=1");
        RangeResult now = store().range(RangeRequest.prefix(prefix));
        assertThat(now.kvs()).extracting(kv -> kv.key().substring(prefix.length()) + "=" + str(kv.value()))
                .containsExactly("a=2", "c=1", "d=after");
        assertThat(store().get(key("a")).orElseThrow().modRevision()).isEqualTo(a2);
    }

    @Test
    void watchFromBelowTheCompactedRevisionFailsWithCompacted() {
        long first = put("a", "1").revision();
        put("b", "1");
        long target = put("c", "1").revision();
        store().compact(target);

        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, first - 1, l)) {
            await().until(() -> l.error() != null);
            assertThat(l.error()).isInstanceOf(CompactedException.class);
            assertThat(l.events()).isEmpty();
            assertThat(l.violations()).isEmpty();
        }
    }

    @Test
    void watchFromAtOrAboveTheCompactedRevisionWorks() {
        long target = put("a", "1").revision();
        store().compact(target);
        RecordingListener l = new RecordingListener();
        try (Watch w = store().watch(prefix, target, l)) {
            put("b", "2");
            await().until(() -> !l.events().isEmpty());
            assertThat(describe(l.events())).containsExactly("PUT b=2");
            assertThat(l.error()).isNull();
        }
    }

    @Test
    void revisionKeepsGrowingAfterCompaction() {
        long r = put("a", "1").revision();
        store().delete(key("a"), 0);
        store().compact(store().revision());
        long next = put("b", "1").revision();
        assertThat(next).isGreaterThan(r + 1);
        assertThat(store().revision()).isEqualTo(next);
    }
}
