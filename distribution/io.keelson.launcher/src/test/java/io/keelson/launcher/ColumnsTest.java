package io.keelson.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void alignsColumnsLikeKubectl() {
        String table = Columns.format(List.of(new String[] {"NAME", "KIND"}, new String[] {"io.keelson.cri.rkt", "cri"}));
        assertThat(table).isEqualTo("NAME                 KIND\nio.keelson.cri.rkt   cri\n");
    }
}
