package io.keelson.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

class StartupStateTest {

    private static ComponentDescriptionDTO description(String name, String pid) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = name;
        d.configurationPid = new String[] {pid};
        return d;
    }

    private static ComponentConfigurationDTO configuration(int state, String failure) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = state;
        c.failure = failure;
        return c;
    }

    @Test
    void readyWhenEveryConfiguredPidIsActive() {
        var store = description("store", "io.keelson.store.sqlite");
        var api = description("api", "io.keelson.apiserver");
        var configs = Map.of(store, List.of(configuration(ComponentConfigurationDTO.ACTIVE, null)),
                api, List.of(configuration(ComponentConfigurationDTO.SATISFIED, null)));
        StartupState state = StartupState.of(Set.of("io.keelson.store.sqlite", "io.keelson.apiserver"),
                List.of(store, api), configs::get);
        assertThat(state.status()).isEqualTo("ready");
        assertThat(state.components()).containsExactly("io.keelson.apiserver=SATISFIED", "io.keelson.store.sqlite=ACTIVE");
    }

    @Test
    void theFailureOfAReferencedServiceIsShownRatherThanItsConsumers() {
        var api = description("api", "io.keelson.apiserver");
        var store = description("store", "io.keelson.store.sqlite");
        var configs = Map.of(
                api, List.of(configuration(ComponentConfigurationDTO.FAILED_ACTIVATION, "Unable to get service for reference $000")),
                store, List.of(configuration(ComponentConfigurationDTO.FAILED_ACTIVATION,
                        "java.lang.IllegalStateException: /d/store/keelson.db is not a SQLite database")));
        StartupState state = StartupState.of(Set.of("io.keelson.apiserver", "io.keelson.store.sqlite"),
                List.of(api, store), configs::get);
        assertThat(state.failure()).isEqualTo("io.keelson.store.sqlite: /d/store/keelson.db is not a SQLite database");
    }

    @Test
    void anImmediateComponentStillActivatingIsNotUpYet() {
        var api = description("api", "io.keelson.apiserver");
        api.immediate = true;
        StartupState state = StartupState.of(Set.of("io.keelson.apiserver"), List.of(api),
                d -> List.of(configuration(ComponentConfigurationDTO.SATISFIED, null)));
        assertThat(state.status()).isEqualTo("starting");
    }

    @Test
    void startingWhileAComponentIsMissingOrWaiting() {
        var store = description("store", "io.keelson.store.sqlite");
        StartupState state = StartupState.of(Set.of("io.keelson.store.sqlite", "io.keelson.apiserver"),
                List.of(store), d -> List.of(configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, null)));
        assertThat(state.status()).isEqualTo("starting");
        assertThat(state.components()).containsExactly("io.keelson.apiserver=NOT_INSTALLED",
                "io.keelson.store.sqlite=UNSATISFIED_REFERENCE");
    }

    @Test
    void failedActivationReportsTheRootCause() {
        var store = description("store", "io.keelson.store.sqlite");
        String trace = "org.osgi.service.component.ComponentException: boom\n\tat x.y(Z.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: /data/store.db is not a SQLite database: restore it or use another --data-dir\n\tat a.b(C.java:2)";
        StartupState state = StartupState.of(Set.of("io.keelson.store.sqlite"), List.of(store),
                d -> List.of(configuration(ComponentConfigurationDTO.FAILED_ACTIVATION, trace)));
        assertThat(state.status()).isEqualTo("failed");
        assertThat(state.failure()).isEqualTo(
                "io.keelson.store.sqlite: /data/store.db is not a SQLite database: restore it or use another --data-dir");
    }
}
