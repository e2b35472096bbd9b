package io.keelson.store.etcd.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcd.jetcd.ByteSequence;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void prefixIsAddedOnTheWayInAndRemovedOnTheWayOut() {
        Keys keys = new Keys("/blue");
        ByteSequence etcdKey = keys.toEtcd("/registry/pods/a");
        assertThat(etcdKey.toString(StandardCharsets.UTF_8)).isEqualTo("/blue/registry/pods/a");
        assertThat(keys.fromEtcd(etcdKey)).isEqualTo("/registry/pods/a");
    }

    @Test
    void aKeyOutsideThePrefixIsABug() {
        assertThatThrownBy(() -> new Keys("/blue").fromEtcd(ByteSequence.from("/green/x", StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rangeEndIsThePrefixWithItsLastByteIncremented() {
        assertThat(new Keys("/p").rangeEnd("/a/").toString(StandardCharsets.UTF_8)).isEqualTo("/p/a0");
        assertThat(new Keys("").rangeEnd("abc").toString(StandardCharsets.UTF_8)).isEqualTo("abd");
    }

    @Test
    void rangeEndOfAnEmptyPrefixMeansEverythingAndWorksOnUtf8Bytes() {
        Keys keys = new Keys("");
        assertThat(keys.rangeEnd("").getBytes()).containsExactly(0); // "\0": to the end of the keyspace
        byte[] end = keys.rangeEnd("\u00e9").getBytes(); // UTF-8 C3 A9
        assertThat(end).containsExactly((byte) 0xc3, (byte) 0xaa);
    }
}
