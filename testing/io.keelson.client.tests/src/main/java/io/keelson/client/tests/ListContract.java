package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.BadRequestException;
import io.keelson.client.api.GoneException;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.ObjectList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LIST: selectors, namespaces, paging with continue tokens, and expired tokens. */
public abstract class ListContract extends CrudContract {

    private List<String> names(ListOptions options) {
        return configMaps().list(options).items().stream().map(c -> c.getMetadata().getName()).toList();
    }

    @Test
    void labelSelectorsFilterByEqualitySetsAndExistence() {
        createConfigMap("web1", "1", "app", "web", "tier", "front");
        createConfigMap("web2", "1", "app", "web");
        createConfigMap("db", "1", "app", "db", "tier", "back");
        createConfigMap("none", "1");

        assertThat(names(ListOptions.labels("app=web"))).containsExactly("web1", "web2");
        assertThat(names(ListOptions.labels("app!=web"))).containsExactly("db", "none");
        assertThat(names(ListOptions.labels("app in (web,db)"))).containsExactly("db", "web1", "web2");
        assertThat(names(ListOptions.labels("app notin (web)"))).containsExactly("db", "none");
        assertThat(names(ListOptions.labels("tier"))).containsExactly("db", "web1");
        assertThat(names(ListOptions.labels("!tier"))).containsExactly("none", "web2");
        assertThat(names(ListOptions.labels("app=web,tier=front"))).containsExactly("web1");
        assertThatThrownBy(() -> configMaps().list(ListOptions.labels("app in (web"))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void fieldSelectorsFilterByName() {
        createConfigMap("a", "1");
        createConfigMap("b", "1");
        assertThat(names(ListOptions.fields("metadata.name=b"))).containsExactly("b");
        assertThat(names(ListOptions.fields("metadata.name!=b"))).containsExactly("a");
        assertThat(names(ListOptions.fields("metadata.namespace=" + ns))).containsExactly("a", "b");
        assertThatThrownBy(() -> configMaps().list(ListOptions.fields("spec.nonsense=x"))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void listWithoutANamespaceSpansAllNamespaces() {
        createConfigMap("here", "1", "contract-span", ns);
        List<ConfigMap> all = client().resources(ConfigMap.class).list(ListOptions.labels("contract-span=" + ns)).items();
        assertThat(all).extracting(c -> c.getMetadata().getNamespace() + "/" + c.getMetadata().getName()).containsExactly(ns + "/here");
    }

    @Test
    void pagesFollowContinueTokensAndTogetherListEverythingOnce() {
        for (int i = 0; i < 7; i++) {
            createConfigMap("c" + i, "1");
        }
        ObjectList<ConfigMap> first = configMaps().list(ListOptions.ALL.withLimit(3));
        assertThat(first.items()).hasSize(3);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.remainingItemCount()).isEqualTo(4L);
        assertThat(first.resourceVersion()).isNotEmpty();

        List<String> seen = new ArrayList<>();
        first.items().forEach(c -> seen.add(c.getMetadata().getName()));
        ObjectList<ConfigMap> page = first;
        int pages = 1;
        // a write between pages does not show: a paged list is one consistent snapshot
        createConfigMap("c9-late", "1");
        while (page.hasMore()) {
            page = configMaps().list(ListOptions.ALL.withLimit(3).withContinue(page.continueToken()));
            page.items().forEach(c -> seen.add(c.getMetadata().getName()));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6");
        assertThat(page.continueToken()).isNull();
    }

    @Test
    void aContinueTokenOlderThanTheKeptHistoryIsGone() {
        for (int i = 0; i < 3; i++) {
            createConfigMap("c" + i, "1");
        }
        ObjectList<ConfigMap> first = configMaps().list(ListOptions.ALL.withLimit(1));
        createConfigMap("newer", "1");
        compactHistory();
        assertThatThrownBy(() -> configMaps().list(ListOptions.ALL.withLimit(1).withContinue(first.continueToken())))
                .isInstanceOfSatisfying(GoneException.class, e -> {
                    assertThat(e.code()).isEqualTo(410);
                    assertThat(e.reason()).isEqualTo("Expired");
                });
    }
}
