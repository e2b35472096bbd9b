package io.keelson.apiserver.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query as Go's url.ParseQuery (req.URL.Query()) reads it. */
class QueryParsingTest {

    @Test
    void aPairThatCannotBeDecodedIsDroppedAlone() {
        assertThat(JettyExchange.parseQuery("dryRun=All&x=%zz&y%=1&limit=5&z=%"))
                .isEqualTo(Map.of("dryRun", List.of("All"), "limit", List.of("5")));
    }

    @Test
    void valuesAreDecodedRepeatedAndCaseSensitive() {
        Map<String, List<String>> q = JettyExchange.parseQuery("labelSelector=a+in+(x%2Cy)&dryRun=All&dryRun=x&Watch=true&flag&&=v");
        assertThat(q.get("labelSelector")).containsExactly("a in (x,y)");
        assertThat(q.get("dryRun")).containsExactly("All", "x");
        assertThat(q).doesNotContainKey("watch").containsEntry("Watch", List.of("true")).containsEntry("flag", List.of(""))
                .containsEntry("", List.of("v"));
        assertThat(JettyExchange.parseQuery("a=1;b=2&c=3")).isEqualTo(Map.of("c", List.of("3"))); // Go refuses ';' separators
        assertThat(JettyExchange.parseQuery(null)).isEmpty();
    }
}
