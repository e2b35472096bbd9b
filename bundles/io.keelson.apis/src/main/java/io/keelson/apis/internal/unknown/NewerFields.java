package io.keelson.apis.internal.unknown;

import java.util.Map;
import java.util.Set;

/**
 * Fields the fabric8 7.9.0 model knows that the Kubernetes v1.32 types do not (added in 1.33+): a
 * v1.32 server rejects them as unknown under strict validation. Strings (not classes) so that the
 * list needs no imports; String-typed fields are listed too since the walker checks names first.
 */
final class NewerFields {
    private static final Map<String, Set<String>> NEWER = Map.of(
        "io.fabric8.kubernetes.api.model.PodSpec", Set.of("evictionResponders", "hostnameOverride", "schedulingGroup"),
        "io.fabric8.kubernetes.api.model.Container", Set.of("restartPolicyRules"),
        "io.fabric8.kubernetes.api.model.EphemeralContainer", Set.of("restartPolicyRules"),
        "io.fabric8.kubernetes.api.model.Lifecycle", Set.of("stopSignal"),
        "io.fabric8.kubernetes.api.model.VolumeMount", Set.of("bindMountOptions"),
        "io.fabric8.kubernetes.api.model.batch.v1.JobSpec", Set.of("scheduling"),
        "io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules", Set.of("tolerance"));

    private NewerFields() {
    }

    static boolean isNewer(Class<?> owner, String jsonName) {
        Set<String> names = NEWER.get(owner.getName());
        return names != null && names.contains(jsonName);
    }
}
