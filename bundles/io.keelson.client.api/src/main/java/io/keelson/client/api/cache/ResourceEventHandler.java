package io.keelson.client.api.cache;

import org.osgi.annotation.versioning.ConsumerType;

/** What a {@link SharedInformer} tells its handlers; calls to one handler come one at a time, in order. */
@ConsumerType
public interface ResourceEventHandler<T> {

    /** An object appeared; {@code isInInitialList} for objects of the list a handler starts with. */
    default void onAdd(T object, boolean isInInitialList) {
    }

    /** An object changed; on a resync {@code oldObject} and {@code newObject} are the same object. */
    default void onUpdate(T oldObject, T newObject) {
    }

    /**
     * An object went away; {@code finalStateUnknown} when the deletion was inferred from a new list
     * (the object is the last state the informer saw, not the deleted one).
     */
    default void onDelete(T object, boolean finalStateUnknown) {
    }
}
