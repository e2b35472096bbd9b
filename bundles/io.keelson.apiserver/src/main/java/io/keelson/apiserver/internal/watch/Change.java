package io.keelson.apiserver.internal.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.WatchEvent;

/**
 * One store change, decoded once for every watcher. The objects are shared between watchers and must
 * not be changed.
 *
 * @param key      the storage key
 * @param revision the change's revision
 * @param object   the object after the change, or as it was for a deletion (with the deletion's resourceVersion)
 * @param previous the object before the change, null after a create
 * @param deleted  whether the change removed the object
 * @param encoded  the event JSON per event type, for watchers that want it as is (no Table)
 */
public record Change(String key, long revision, ObjectNode object, ObjectNode previous, boolean deleted,
        java.util.concurrent.ConcurrentHashMap<String, byte[]> encoded) {

    /** The watch event's JSON, made once per event type and shared by every watcher that sends it. */
    public byte[] encoded(String eventType, java.util.function.Supplier<byte[]> encode) {
        return encoded.computeIfAbsent(eventType, t -> encode.get());
    }

    static Change of(WatchEvent e) {
        ObjectNode previous = e.previous() == null || e.isCreate() ? null : ObjectStorage.decode(e.previous()).object();
        if (e.type() == WatchEvent.Type.DELETE) {
            ObjectNode gone = previous == null ? null : ObjectStorage.withVersion(previous.deepCopy(), e.revision());
            return new Change(e.key(), e.revision(), gone, previous, true, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return new Change(e.key(), e.revision(), ObjectStorage.decode(e.current()).object(), previous, false,
                new java.util.concurrent.ConcurrentHashMap<>());
    }
}
