package io.keelson.store.api;

import java.util.Arrays;

/**
 * One version of one key, as etcd's {@code mvccpb.KeyValue}.
 *
 * @param key            the key
 * @param value          the value bytes (empty for a deletion marker)
 * @param createRevision the revision that created this key's current life
 * @param modRevision    the revision of this version
 * @param version        how many times the key was written in its current life (1 after create)
 * @param lease          the lease the key is attached to, or {@link KeyValueStore#NO_LEASE}
 */
public record KeyValue(String key, byte[] value, long createRevision, long modRevision, long version, long lease) {

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValue kv && key.equals(kv.key) && Arrays.equals(value, kv.value)
                && createRevision == kv.createRevision && modRevision == kv.modRevision
                && version == kv.version && lease == kv.lease;
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Long.hashCode(modRevision);
    }

    @Override
    public String toString() {
        return "KeyValue[" + key + "@" + modRevision + ", " + value.length + " bytes]";
    }
}
