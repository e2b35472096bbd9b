package io.keelson.client.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.keelson.client.api.ListOptions;
import io.keelson.client.api.Watch;
import io.keelson.client.api.WatchEvent;
import org.junit.jupiter.api.Test;

/** WATCH: initial state, replay from a resourceVersion, selectors, bookmarks, 410, and a clean close. */
public abstract class WatchContract extends ListContract {

    @Test
    void aWatchWithoutAVersionStartsWithTheCurrentObjectsThenFollows() {
        createConfigMap("a", "1");
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.ALL, w));
        await().untilAsserted(() -> assertThat(w.described()).containsExactly("ADDED a"));
        ConfigMap b = createConfigMap("b", "1");
        b.getData().put("v", "2");
        configMaps().update(b);
        configMaps().delete("a");
        await().untilAsserted(() -> assertThat(w.described()).containsExactly("ADDED a", "ADDED b", "MODIFIED b", "DELETED a"));
        WatchEvent<ConfigMap> modified = w.events().stream().filter(e -> e.type() == WatchEvent.Type.MODIFIED).findFirst().orElseThrow();
        assertThat(modified.object().getData()).containsEntry("v", "2");
        assertThat(w.violations()).isEmpty();
        assertThat(w.closes()).isZero();
    }

    @Test
    void aWatchFromAResourceVersionReplaysEveryLaterChangeInOrder() {
        ConfigMap a = createConfigMap("a", "1");
        String from = a.getMetadata().getResourceVersion();
        a.getData().put("v", "2");
        ConfigMap a2 = configMaps().update(a);
        createConfigMap("b", "1");
        configMaps().delete("a");

        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.ALL.withResourceVersion(from), w));
        await().untilAsserted(() -> assertThat(w.described()).containsExactly("MODIFIED a", "ADDED b", "DELETED a"));
        assertThat(w.events().get(0).object().getMetadata().getResourceVersion()).isEqualTo(a2.getMetadata().getResourceVersion());
        createConfigMap("c", "1");
        await().untilAsserted(() -> assertThat(w.described()).endsWith("ADDED c"));
    }

    @Test
    void aWatchWithALabelSelectorSeesObjectsEnterAndLeaveIt() {
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        String from = configMaps().list().resourceVersion();
        closeLater(configMaps().watch(ListOptions.labels("app=web").withResourceVersion(from), w));
        createConfigMap("other", "1", "app", "db");
        ConfigMap a = createConfigMap("a", "1", "app", "db");
        a.getMetadata().getLabels().put("app", "web");
        ConfigMap entered = configMaps().update(a);
        entered.getMetadata().getLabels().put("app", "db");
        configMaps().update(entered);
        createConfigMap("last", "1", "app", "web");
        await().untilAsserted(() -> assertThat(w.described()).containsExactly("ADDED a", "DELETED a", "ADDED last"));
    }

    @Test
    void bookmarksCarryAResourceVersionWhenAskedFor() {
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        String from = createConfigMap("a", "1").getMetadata().getResourceVersion();
        closeLater(configMaps().watch(ListOptions.ALL.withResourceVersion(from).withBookmarks(true), w));
        await().until(() -> w.events().stream().anyMatch(e -> e.type() == WatchEvent.Type.BOOKMARK));
        WatchEvent<ConfigMap> bookmark = w.events().stream().filter(e -> e.type() == WatchEvent.Type.BOOKMARK).findFirst().orElseThrow();
        assertThat(Long.parseLong(bookmark.object().getMetadata().getResourceVersion())).isGreaterThanOrEqualTo(Long.parseLong(from));
    }

    @Test
    void aWatchFromACompactedVersionGetsOne410ErrorAndEnds() {
        String from = createConfigMap("a", "1").getMetadata().getResourceVersion();
        createConfigMap("b", "1");
        compactHistory();
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.ALL.withResourceVersion(from), w));
        await().until(() -> w.closes() == 1);
        assertThat(w.described()).containsExactly("ERROR 410");
        WatchEvent<ConfigMap> error = w.events().get(0);
        assertThat(error.status().getReason()).isIn("Expired", "Gone");
        assertThat(w.cause()).isNull();
    }

    @Test
    void closingAWatchEndsItCleanlyOnceAndStopsEvents() {
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        Watch watch = configMaps().watch(ListOptions.ALL, w);
        createConfigMap("a", "1");
        await().untilAsserted(() -> assertThat(w.described()).containsExactly("ADDED a"));
        watch.close();
        watch.close();
        assertThat(w.closes()).isEqualTo(1);
        assertThat(w.cause()).isNull();
        createConfigMap("b", "1");
        // once a newer watch has b, a stream that were still open would most likely have delivered it too
        RecordingWatcher<ConfigMap> later = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.ALL, later));
        await().untilAsserted(() -> assertThat(later.described()).containsExactly("ADDED a", "ADDED b"));
        assertThat(w.described()).containsExactly("ADDED a");
        assertThat(w.violations()).isEmpty();
    }

    @Test
    void aWatchTheServerEndsAtItsTimeoutClosesCleanly() {
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.ALL.withTimeoutSeconds(1), w));
        await().until(() -> w.closes() == 1);
        assertThat(w.cause()).isNull();
        assertThat(w.violations()).isEmpty();
    }

    @Test
    void aWatchWithABadSelectorEndsWithTheError() {
        RecordingWatcher<ConfigMap> w = new RecordingWatcher<>();
        closeLater(configMaps().watch(ListOptions.labels("app in (x"), w));
        await().until(() -> w.closes() == 1);
        assertThat(w.cause()).isNotNull();
        assertThat(w.cause().code()).isEqualTo(400);
        assertThat(w.events()).isEmpty();
    }
}
