package io.keelson.apiserver.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    private static JsonNode labels(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void equalityAndSetBasedRequirements() throws Exception {
        JsonNode web = labels("{\"app\":\"web\",\"tier\":\"front\",\"n\":\"5\"}");
        assertThat(LabelSelector.parse("app=web").matches(web)).isTrue();
        assertThat(LabelSelector.parse("app==web,tier!=back").matches(web)).isTrue();
        assertThat(LabelSelector.parse("app in (db, web),tier").matches(web)).isTrue();
        assertThat(LabelSelector.parse("app notin (web)").matches(web)).isFalse();
        assertThat(LabelSelector.parse("!missing,n>3,n<9").matches(web)).isTrue();
        assertThat(LabelSelector.parse("missing").matches(web)).isFalse();
        assertThat(LabelSelector.parse("").isEmpty()).isTrue();
    }

    @Test
    void malformedSelectorIsBadRequest() {
        for (String bad : new String[] {"a b", "app=", "app in (x", ",", "app=web,", "n>x"}) {
            if (bad.equals("app=")) {
                // an empty value is a valid label value
                continue;
            }
            assertThatThrownBy(() -> LabelSelector.parse(bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(400));
        }
    }
}
