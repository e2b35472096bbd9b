package io.keelson.store.api;

import java.util.List;

/**
 * The answer to a {@link RangeRequest}.
 *
 * @param kvs      the keys found, in key order
 * @param revision the revision the range was read at (the store's revision when the request asked for 0)
 * @param more     whether keys beyond the limit remain
 * @param count    how many keys match from the start key on, ignoring the limit
 */
public record RangeResult(List<KeyValue> kvs, long revision, boolean more, long count) {

    public RangeResult {
        kvs = List.copyOf(kvs);
    }

    /** The key to pass as {@link RangeRequest#startKey()} for the next page, or {@code null} when done. */
    public String continueKey() {
        return more && !kvs.isEmpty() ? kvs.get(kvs.size() - 1).key() + "\0" : null;
    }
}
