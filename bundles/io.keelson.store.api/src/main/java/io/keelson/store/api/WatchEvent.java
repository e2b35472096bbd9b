package io.keelson.store.api;

/**
 * One change seen by a watch.
 *
 * @param type     PUT for a create or update, DELETE for a deletion (explicit or by lease expiry)
 * @param current  the key after the change; for DELETE its value is empty and its modRevision is the deletion's
 * @param previous the key before the change; {@code null} after a create
 */
public record WatchEvent(Type type, KeyValue current, KeyValue previous) {

    public enum Type { PUT, DELETE }

    public long revision() {
        return current.modRevision();
    }

    public String key() {
        return current.key();
    }

    /** True when this PUT created the key (as opposed to updating it). */
    public boolean isCreate() {
        return type == Type.PUT && current.createRevision() == current.modRevision();
    }
}
