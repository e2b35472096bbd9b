package io.keelson.store.sqlite.internal;

/**
 * The store's two revisions, shared by the committer (the only writer) and every reader.
 * {@code current} moves only after a commit, so reads bounded by it see committed rows only;
 * {@code compacted} moves before a compaction commits, so a read that checks it after its query
 * never trusts rows compaction may have removed.
 */
final class Revisions {

    volatile long current;
    volatile long compacted;

    Revisions(long current, long compacted) {
        this.current = current;
        this.compacted = compacted;
    }
}
