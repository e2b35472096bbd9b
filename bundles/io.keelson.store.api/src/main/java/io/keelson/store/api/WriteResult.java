package io.keelson.store.api;

/**
 * The outcome of a successful write.
 *
 * @param revision the revision the write created
 * @param previous the key's value before the write; {@code null} after a create
 */
public record WriteResult(long revision, KeyValue previous) {
}
