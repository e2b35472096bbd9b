package io.keelson.store.etcd.internal;

import io.etcd.jetcd.ByteSequence;
import io.keelson.store.api.KeyValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Translates between callers' keys and etcd's: every key in etcd carries {@code keyPrefix} so that
 * several Keelson clusters can share one etcd; callers never see it.
 */
final class Keys {

    private final String keyPrefix;

    Keys(String keyPrefix) {
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    ByteSequence toEtcd(String key) {
        return ByteSequence.from(keyPrefix + key, StandardCharsets.UTF_8);
    }

    /** The exclusive end of the range of every key starting with {@code prefix}. */
    ByteSequence rangeEnd(String prefix) {
        byte[] bytes = (keyPrefix + prefix).getBytes(StandardCharsets.UTF_8);
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] != (byte) 0xff) {
                byte[] end = Arrays.copyOf(bytes, i + 1);
                end[i]++;
                return ByteSequence.from(end);
            }
        }
        // "\0" as range end means "to the end of the keyspace" in etcd
        return ByteSequence.from(new byte[] {0});
    }

    String fromEtcd(ByteSequence key) {
        String full = key.toString(StandardCharsets.UTF_8);
        if (!full.startsWith(keyPrefix)) {
            throw new IllegalStateException("etcd returned key " + full + " outside prefix " + keyPrefix);
        }
        return full.substring(keyPrefix.length());
    }

    KeyValue toKeyValue(io.etcd.jetcd.KeyValue kv) {
        return new KeyValue(fromEtcd(kv.getKey()), kv.getValue().getBytes(), kv.getCreateRevision(),
                kv.getModRevision(), kv.getVersion(), kv.getLease());
    }

    /** A previous key-value from etcd, or {@code null} when etcd sent none (after a create). */
    KeyValue toPrevious(io.etcd.jetcd.KeyValue kv) {
        return kv == null || kv.getKey().isEmpty() || kv.getCreateRevision() == 0 ? null : toKeyValue(kv);
    }
}
