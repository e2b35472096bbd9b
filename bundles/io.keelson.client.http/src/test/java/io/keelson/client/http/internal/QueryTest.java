package io.keelson.client.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.client.api.ListOptions;
import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void listOptionsBecomeAnEncodedQuery() {
        assertThat(Query.of(ListOptions.ALL, false)).isEmpty();
        assertThat(Query.of(ListOptions.labels("app in (a,b),!x").withLimit(5).withContinue("tok=="), false))
                .isEqualTo("?limit=5&continue=tok%3D%3D&labelSelector=app%20in%20%28a%2Cb%29%2C%21x");
        assertThat(Query.of(ListOptions.fields("metadata.name=a").withResourceVersion("12").withBookmarks(true).withTimeoutSeconds(30), true))
                .isEqualTo("?watch=true&allowWatchBookmarks=true&timeoutSeconds=30&fieldSelector=metadata.name%3Da&resourceVersion=12");
    }

    @Test
    void watchesLeaveOutPagingAndListsLeaveOutWatchParameters() {
        ListOptions o = ListOptions.ALL.withLimit(3).withContinue("c").withBookmarks(true).withTimeoutSeconds(9);
        assertThat(Query.of(o, true)).isEqualTo("?watch=true&allowWatchBookmarks=true&timeoutSeconds=9");
        assertThat(Query.of(o, false)).isEqualTo("?limit=3&continue=c");
    }
}
