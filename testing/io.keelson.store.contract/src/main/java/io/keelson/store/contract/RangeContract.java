package io.keelson.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Range by prefix: order, isolation, paging, count, and reads at older revisions. */
public abstract class RangeContract extends WriteContract {

    private List<String> names(RangeResult r) {
        return r.kvs().stream().map(kv -> kv.key().substring(prefix.length())).toList();
    }

    @Test
    void rangeReturnsKeysUnderThePrefixInKeyOrder() {
        put("b", "2");
        put("a", "1");
        put("c/d", "3");
        RangeResult r = store().range(RangeRequest.prefix(prefix));
        assertThat(names(r)).containsExactly("a", "b", "c/d");
        assertThat(r.more()).isFalse();
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.revision()).isEqualTo(store().revision());
        assertThat(r.kvs().get(0)).isEqualTo(store().get(key("a")).orElseThrow());
    }

    @Test
    void rangeOfAnEmptyPrefixIsEmpty() {
        RangeResult r = store().range(RangeRequest.prefix(key("nothing/")));
        assertThat(r.kvs()).isEmpty();
        assertThat(r.count()).isZero();
        assertThat(r.more()).isFalse();
        assertThat(r.continueKey()).isNull();
    }

    @Test
    void prefixIsolation() {
        put("a/x", "1");
        put("a/y", "2");
        put("ab", "3");
        put("a", "4");
        assertThat(names(store().range(RangeRequest.prefix(key("a/"))))).containsExactly("a/x", "a/y");
        assertThat(names(store().range(RangeRequest.prefix(key("a"))))).containsExactly("a", "a/x", "a/y", "ab");
    }

    @Test
    void deletedKeysAreNotInTheRange() {
        put("a", "1");
        put("b", "2");
        store().delete(key("a"), 0);
        assertThat(names(store().range(RangeRequest.prefix(prefix)))).containsExactly("b");
    }

    @Test
    void limitAndContinuePagesReturnEveryKeyExactlyOnce() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String name = String.format("k%03d", i);
            put(name, "v" + i);
            expected.add(name);
        }
        RangeRequest request = RangeRequest.prefix(prefix).withLimit(7);
        RangeResult first = store().range(request);
        assertThat(first.count()).isEqualTo(25);
        assertThat(first.more()).isTrue();
        // later pages read at the first page's revision, as the API server's continue tokens do
        put("k000a", "written between pages");
        List<String> seen = new ArrayList<>(names(first));
        RangeResult page = first;
        int pages = 1;
        while (page.more()) {
            page = store().range(request.atRevision(first.revision()).startingAt(page.continueKey()));
            assertThat(page.revision()).isEqualTo(first.revision());
            assertThat(page.kvs()).hasSizeLessThanOrEqualTo(7);
            assertThat(page.count()).isEqualTo(25 - seen.size());
            seen.addAll(names(page));
            assertThat(++pages).as("pages").isLessThanOrEqualTo(4);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void countIgnoresTheLimit() {
        for (int i = 0; i < 5; i++) {
            put("k" + i, "v");
        }
        RangeResult r = store().range(RangeRequest.prefix(prefix).withLimit(2));
        assertThat(r.kvs()).hasSize(2);
        assertThat(r.more()).isTrue();
        assertThat(r.count()).isEqualTo(5);
        RangeResult exact = store().range(RangeRequest.prefix(prefix).withLimit(5));
        assertThat(exact.more()).isFalse();
        assertThat(exact.count()).isEqualTo(5);
    }

    @Test
    void rangeAtAnOlderRevisionSeesTheOldValues() {
        long a1 = put("a", "a1").revision();
        put("b", "b1");
        long then = store().revision();
        store().update(key("a"), bytes("a2"), a1, KeyValueStore.NO_LEASE);
        store().delete(key("b"), 0);
        put("c", "c1");

        RangeResult old = store().range(RangeRequest.prefix(prefix).atRevision(then));
        assertThat(old.revision()).isEqualTo(then);
        assertThat(old.kvs()).extracting(kv -> str(kv.value())).containsExactly("a1", "b1");
        assertThat(old.kvs().get(0).modRevision()).isEqualTo(a1);

        RangeResult now = store().range(RangeRequest.prefix(prefix));
        assertThat(now.kvs()).extracting(kv -> str(kv.value())).containsExactly("a2", "c1");
    }

    @Test
    void rangeAtTheRevisionOfAWriteIncludesIt() {
        long a = put("a", "1").revision();
        put("b", "2");
        RangeResult r = store().range(RangeRequest.prefix(prefix).atRevision(a));
        assertThat(names(r)).containsExactly("a");
        KeyValue kv = r.kvs().get(0);
        assertThat(kv.modRevision()).isEqualTo(a);
    }
}
