package io.keelson.boot.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Start-up as Declarative Services sees it: each configured PID's component state, and the first
 * activation failure. Ready means every configured PID has a component that is up.
 */
record StartupState(String status, List<String> components, String failure) {

    static StartupState of(Set<String> pids, Collection<ComponentDescriptionDTO> descriptions,
            Function<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> configurations) {
        List<String> states = new ArrayList<>();
        String failure = null;
        int up = 0;
        for (String pid : new TreeSet<>(pids)) {
            String state = "NOT_INSTALLED";
            // an immediate component is SATISFIED while its activate method still runs: only ACTIVE is up;
            // a delayed one stays SATISFIED until first used, which is up
            boolean immediate = false;
            for (ComponentDescriptionDTO d : descriptions) {
                if (!List.of(d.configurationPid).contains(pid)) {
                    continue;
                }
                immediate = d.immediate;
                state = "WAITING";
                for (ComponentConfigurationDTO c : configurations.apply(d)) {
                    state = name(c.state);
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        failure = moreTelling(failure, pid + ": " + rootCause(c.failure));
                    }
                }
            }
            if (state.equals("ACTIVE") || state.equals("SATISFIED") && !immediate) {
                up++;
            }
            states.add(pid + "=" + state);
        }
        String status = failure != null ? "failed" : up == pids.size() ? "ready" : "starting";
        return new StartupState(status, states, failure);
    }

    /**
     * Of two failures, the one to show: a component that failed because a service it references
     * failed says less than the failure of that service itself.
     */
    static String moreTelling(String current, String candidate) {
        if (current == null) {
            return candidate;
        }
        return current.contains(REFERENCE_FAILURE) && !candidate.contains(REFERENCE_FAILURE) ? candidate : current;
    }

    private static final String REFERENCE_FAILURE = "Unable to get service for reference";

    static String name(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN";
        };
    }

    /** The deepest "Caused by" message of a failure's stack trace: the part a user can act on. */
    static String rootCause(String failure) {
        if (failure == null || failure.isBlank()) {
            return "activation failed";
        }
        String result = failure.lines().findFirst().orElse(failure);
        for (String line : failure.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                result = line.substring("Caused by: ".length());
            }
        }
        // "java.lang.IllegalStateException: message" -> "message"
        int colon = result.indexOf(": ");
        return colon > 0 && !result.substring(0, colon).contains(" ") ? result.substring(colon + 2) : result;
    }
}
