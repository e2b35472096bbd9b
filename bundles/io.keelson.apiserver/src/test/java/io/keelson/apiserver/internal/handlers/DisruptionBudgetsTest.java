package io.keelson.apiserver.internal.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which budgets an eviction answers to: Kubernetes' getPodDisruptionBudgets skips nil and empty selectors. */
class DisruptionBudgetsTest {

    private static JsonNode j(String json) throws Exception {
        return Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'spec':{'selector':{'matchLabels':{'app':'a'}}}}                  | true",
        "{'spec':{'selector':{'matchLabels':{'app':'b'}}}}                  | false",
        "{'spec':{}}                                                        | false",
        "{'spec':{'selector':{}}}                                           | false",
        "{'spec':{'selector':{'matchLabels':{},'matchExpressions':[]}}}     | false",
        "{'spec':{'selector':{'matchExpressions':[{'key':'app','operator':'Exists'}]}}} | true",
    })
    void anEmptySelectorSelectsNoPod(String budget, boolean selected) throws Exception {
        assertThat(DisruptionBudgets.selects(j(budget), j("{'app':'a'}"))).isEqualTo(selected);
    }
}
