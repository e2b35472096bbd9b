package io.keelson.store.api;

/**
 * A range by prefix.
 *
 * @param prefix   keys that start with this string
 * @param startKey the first key to return (inclusive); {@code null} starts at the prefix. To continue
 *                 a paged range, pass the last key returned plus {@code "\0"}
 * @param limit    the most keys to return; 0 for no limit
 * @param revision the revision to read at; 0 for the current one. Below the compacted revision the
 *                 range fails with {@link CompactedException}
 */
public record RangeRequest(String prefix, String startKey, int limit, long revision) {

    public RangeRequest {
        if (prefix == null) {
            throw new IllegalArgumentException("prefix must not be null");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be >= 0, got " + revision);
        }
        if (startKey != null && !startKey.startsWith(prefix)) {
            throw new IllegalArgumentException("startKey " + startKey + " is outside prefix " + prefix);
        }
    }

    /** Every key under a prefix at the current revision. */
    public static RangeRequest prefix(String prefix) {
        return new RangeRequest(prefix, null, 0, 0);
    }

    public RangeRequest withLimit(int newLimit) {
        return new RangeRequest(prefix, startKey, newLimit, revision);
    }

    public RangeRequest atRevision(long newRevision) {
        return new RangeRequest(prefix, startKey, limit, newRevision);
    }

    public RangeRequest startingAt(String key) {
        return new RangeRequest(prefix, key, limit, revision);
    }
}
