package io.keelson.apiserver.internal.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.Json;
import org.junit.jupiter.api.Test;

class LabelSelectionTest {

    private static JsonNode j(String json) throws Exception {
        return Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static boolean selects(String selector, String labels) throws Exception {
        return LabelSelection.selects(selector == null ? null : j(selector), j(labels));
    }

    @Test
    void aMissingSelectorSelectsNothingAndAnEmptyOneEverything() throws Exception {
        assertThat(selects(null, "{'app':'a'}")).isFalse();
        assertThat(selects("{}", "{'app':'a'}")).isTrue();
        assertThat(selects("{}", "{}")).isTrue();
    }

    @Test
    void labelsAndExpressionsMustAllHold() throws Exception {
        assertThat(selects("{'matchLabels':{'app':'a'}}", "{'app':'a','tier':'web'}")).isTrue();
        assertThat(selects("{'matchLabels':{'app':'a'}}", "{'app':'b'}")).isFalse();
        String expressions = "{'matchLabels':{'app':'a'},'matchExpressions':[{'key':'tier','operator':'In','values':['web','api']},"
                + "{'key':'canary','operator':'DoesNotExist'}]}";
        assertThat(selects(expressions, "{'app':'a','tier':'api'}")).isTrue();
        assertThat(selects(expressions, "{'app':'a','tier':'db'}")).isFalse();
        assertThat(selects(expressions, "{'app':'a','tier':'web','canary':'1'}")).isFalse();
        assertThat(selects("{'matchExpressions':[{'key':'tier','operator':'NotIn','values':['db']}]}", "{}")).isTrue();
        assertThat(selects("{'matchExpressions':[{'key':'tier','operator':'Exists'}]}", "{'tier':''}")).isTrue();
    }

    @Test
    void anInvalidSelectorSelectsNothing() throws Exception {
        assertThat(selects("{'matchExpressions':[{'key':'tier','operator':'In','values':[]}]}", "{'tier':'x'}")).isFalse();
        assertThat(selects("{'matchExpressions':[{'key':'tier','operator':'Exists','values':['x']}]}", "{'tier':'x'}")).isFalse();
        assertThat(selects("{'matchExpressions':[{'key':'tier','operator':'Gt','values':['1']}]}", "{'tier':'2'}")).isFalse();
    }
}
