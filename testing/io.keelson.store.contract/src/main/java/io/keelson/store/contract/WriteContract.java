package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keelson.store.api.ConflictException;
import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Revisions, get, create, and the compare-and-swap update and delete. */
public abstract class WriteContract extends ContractSupport {

    @Test
    void backendHasAName() {
        assertThat(store().backend()).isNotBlank();
    }

    @Test
    void everyWriteAddsExactlyOneRevision() {
        long before = store().revision();
        WriteResult c = put("a", "1");
        assertThat(c.revision()).isEqualTo(before + 1);
        assertThat(store().revision()).isEqualTo(c.revision());
        WriteResult u = store().update(key("a"), bytes("2"), c.revision(), KeyValueStore.NO_LEASE);
        assertThat(u.revision()).isEqualTo(c.revision() + 1);
        WriteResult d = store().delete(key("a"), u.revision());
        assertThat(d.revision()).isEqualTo(u.revision() + 1);
        assertThat(store().revision()).isEqualTo(d.revision());
    }

    @Test
    void failedWritesAddNoRevision() {
        WriteResult c = put("a", "1");
        assertThatThrownBy(() -> put("a", "2")).isInstanceOf(KeyExistsException.class);
        assertThatThrownBy(() -> store().update(key("a"), bytes("2"), c.revision() - 1, 0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store().delete(key("missing"), 0)).isInstanceOf(KeyNotFoundException.class);
        assertThat(store().revision()).isEqualTo(c.revision());
    }

    @Test
    void createThenGet() {
        WriteResult c = put("a", "hello");
        assertThat(c.previous()).isNull();
        KeyValue kv = store().get(key("a")).orElseThrow();
        assertThat(kv).isEqualTo(new KeyValue(key("a"), bytes("hello"), c.revision(), c.revision(), 1, 0));
        assertThat(store().get(key("missing"))).isEmpty();
    }

    @Test
    void createFailsWhenPresent() {
        put("a", "1");
        assertThatThrownBy(() -> put("a", "2")).isInstanceOf(KeyExistsException.class)
                .satisfies(e -> assertThat(((KeyExistsException) e).key()).isEqualTo(key("a")));
        assertThat(str(store().get(key("a")).orElseThrow().value())).isEqualTo("1");
    }

    @Test
    void updateWithCurrentModRevision() {
        WriteResult c = put("a", "1");
        WriteResult u = store().update(key("a"), bytes("2"), c.revision(), KeyValueStore.NO_LEASE);
        assertThat(u.previous()).isEqualTo(new KeyValue(key("a"), bytes("1"), c.revision(), c.revision(), 1, 0));
        KeyValue kv = store().get(key("a")).orElseThrow();
        assertThat(kv).isEqualTo(new KeyValue(key("a"), bytes("2"), c.revision(), u.revision(), 2, 0));
    }

    @Test
    void updateWithStaleModRevisionConflictsAndCarriesTheCurrentValue() {
        WriteResult c = put("a", "1");
        WriteResult u = store().update(key("a"), bytes("2"), c.revision(), KeyValueStore.NO_LEASE);
        assertThatThrownBy(() -> store().update(key("a"), bytes("3"), c.revision(), KeyValueStore.NO_LEASE))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo(key("a"));
                    assertThat(e.expectedModRevision()).isEqualTo(c.revision());
                    assertThat(e.current()).isEqualTo(store().get(key("a")).orElseThrow());
                    assertThat(e.current().modRevision()).isEqualTo(u.revision());
                });
        assertThat(str(store().get(key("a")).orElseThrow().value())).isEqualTo("2");
    }

    @Test
    void updateOfMissingKeyIsNotFound() {
        assertThatThrownBy(() -> store().update(key("missing"), bytes("x"), 1, KeyValueStore.NO_LEASE))
                .isInstanceOfSatisfying(KeyNotFoundException.class, e -> assertThat(e.key()).isEqualTo(key("missing")));
    }

    @Test
    void deleteWithCurrentModRevisionReturnsThePreviousValue() {
        WriteResult c = put("a", "1");
        WriteResult d = store().delete(key("a"), c.revision());
        assertThat(d.revision()).isGreaterThan(c.revision());
        assertThat(d.previous()).isEqualTo(new KeyValue(key("a"), bytes("1"), c.revision(), c.revision(), 1, 0));
        assertThat(store().get(key("a"))).isEmpty();
    }

    @Test
    void deleteWithStaleModRevisionConflicts() {
        WriteResult c = put("a", "1");
        WriteResult u = store().update(key("a"), bytes("2"), c.revision(), KeyValueStore.NO_LEASE);
        assertThatThrownBy(() -> store().delete(key("a"), c.revision()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.current().modRevision()).isEqualTo(u.revision()));
        assertThat(store().get(key("a"))).isPresent();
    }

    @Test
    void deleteWithZeroIsUnconditional() {
        WriteResult c = put("a", "1");
        store().update(key("a"), bytes("2"), c.revision(), KeyValueStore.NO_LEASE);
        WriteResult d = store().delete(key("a"), 0);
        assertThat(str(d.previous().value())).isEqualTo("2");
        assertThat(store().get(key("a"))).isEmpty();
        assertThatThrownBy(() -> store().delete(key("a"), 0)).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void recreateAfterDeleteStartsANewLife() {
        put("a", "1");
        store().delete(key("a"), 0);
        WriteResult again = put("a", "2");
        assertThat(again.previous()).isNull();
        KeyValue kv = store().get(key("a")).orElseThrow();
        assertThat(kv.createRevision()).isEqualTo(again.revision());
        assertThat(kv.version()).isEqualTo(1);
    }

    @Test
    void emptyAndBinaryValuesRoundTrip() {
        store().create(key("empty"), new byte[0], KeyValueStore.NO_LEASE);
        byte[] binary = {0, -1, 127, -128, 10, 13, 0};
        store().create(key("binary"), binary, KeyValueStore.NO_LEASE);
        assertThat(store().get(key("empty")).orElseThrow().value()).isEmpty();
        assertThat(store().get(key("binary")).orElseThrow().value()).isEqualTo(binary);
    }

    @Test
    void concurrentCompareAndSwapLosesNoIncrement() throws Exception {
        put("counter", "0");
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            KeyValue kv = store().get(key("counter")).orElseThrow();
                            int next = Integer.parseInt(str(kv.value())) + 1;
                            try {
                                store().update(kv.key(), bytes(Integer.toString(next)), kv.modRevision(), 0);
                                break;
                            } catch (ConflictException retry) {
                                // someone else won this round; read again
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        KeyValue kv = store().get(key("counter")).orElseThrow();
        assertThat(str(kv.value())).isEqualTo(Integer.toString(threads * perThread));
        assertThat(kv.version()).isEqualTo(threads * perThread + 1L);
    }
}
