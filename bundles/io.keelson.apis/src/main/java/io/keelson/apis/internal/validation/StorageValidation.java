package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Names;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** StorageClass, as pkg/apis/storage/validation checks it (after defaulting reclaimPolicy and volumeBindingMode). */
final class StorageValidation {
    private static final int MAX_PARAMETERS = 512;
    private static final long MAX_PARAMETERS_SIZE = 256 * 1024;

    private StorageValidation() {
    }

    static void storageClass(StorageClass sc, Errors errs) {
        String provisioner = Objects.toString(sc.getProvisioner(), "");
        if (provisioner.isEmpty()) {
            errs.required("provisioner", "");
        } else {
            errs.invalidEach("provisioner", provisioner, Names.qualifiedName(provisioner.toLowerCase(Locale.ROOT)));
        }
        parameters(sc.getParameters(), errs);
        String reclaim = sc.getReclaimPolicy();
        if (reclaim != null && !List.of("Delete", "Retain").contains(reclaim)) {
            errs.notSupported("reclaimPolicy", reclaim, List.of("Delete", "Retain"));
        }
        String binding = sc.getVolumeBindingMode();
        if (binding == null || binding.isEmpty()) {
            errs.required("volumeBindingMode", "");
        } else if (!List.of("Immediate", "WaitForFirstConsumer").contains(binding)) {
            errs.notSupported("volumeBindingMode", binding, List.of("Immediate", "WaitForFirstConsumer"));
        }
    }

    static void storageClassUpdate(StorageClass sc, StorageClass old, Errors errs) {
        if (!Objects.equals(nonNull(sc.getParameters()), nonNull(old.getParameters()))) {
            errs.forbidden("parameters", "updates to parameters are forbidden.");
        }
        if (!Objects.equals(sc.getProvisioner(), old.getProvisioner())) {
            errs.forbidden("provisioner", "updates to provisioner are forbidden.");
        }
        if (!Objects.equals(sc.getReclaimPolicy(), old.getReclaimPolicy())) {
            errs.forbidden("reclaimPolicy", "updates to reclaimPolicy are forbidden.");
        }
        if (!Objects.equals(sc.getVolumeBindingMode(), old.getVolumeBindingMode())) {
            errs.invalid("volumeBindingMode", Objects.toString(sc.getVolumeBindingMode(), ""), "field is immutable");
        }
    }

    private static void parameters(Map<String, String> params, Errors errs) {
        if (params == null) {
            return;
        }
        if (params.size() > MAX_PARAMETERS) {
            errs.tooLong("parameters", MAX_PARAMETERS);
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> e : params.entrySet()) {
            String k = Objects.toString(e.getKey(), "");
            if (k.isEmpty()) {
                errs.invalid("parameters", k, "field can not be empty.");
            }
            size += k.length() + Objects.toString(e.getValue(), "").length();
        }
        if (size > MAX_PARAMETERS_SIZE) {
            errs.tooLong("parameters", (int) MAX_PARAMETERS_SIZE);
        }
    }

    private static Map<String, String> nonNull(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
