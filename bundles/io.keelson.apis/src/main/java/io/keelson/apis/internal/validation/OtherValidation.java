package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Names;
import java.util.List;
import java.util.Objects;

/** Namespace finalizers, PersistentVolumeClaim essentials, HorizontalPodAutoscaler bounds, Lease durations. */
final class OtherValidation {
    private OtherValidation() {
    }

    static void namespace(Namespace ns, Errors errs) {
        List<String> finalizers = ns.getSpec() == null || ns.getSpec().getFinalizers() == null ? List.of()
            : ns.getSpec().getFinalizers();
        for (String f : finalizers) {
            String name = Objects.toString(f, "");
            errs.invalidEach("spec.finalizers", name, Names.qualifiedName(name));
            if (!name.contains("/") && !name.equals("kubernetes")) {
                errs.invalid("spec.finalizers", name, "name is neither a standard finalizer name nor is it fully qualified");
            }
        }
    }

    static void persistentVolumeClaim(PersistentVolumeClaim pvc, Errors errs) {
        var spec = pvc.getSpec();
        if (spec == null) {
            errs.required("spec.accessModes", "at least 1 access mode is required");
            errs.required("spec.resources[storage]", "");
            return;
        }
        if (spec.getAccessModes() == null || spec.getAccessModes().isEmpty()) {
            errs.required("spec.accessModes", "at least 1 access mode is required");
        } else {
            List<String> supported = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
            for (String mode : spec.getAccessModes()) {
                if (!supported.contains(mode)) {
                    errs.notSupported("spec.accessModes", Objects.toString(mode, ""), supported);
                }
            }
        }
        boolean storage = spec.getResources() != null && spec.getResources().getRequests() != null
            && spec.getResources().getRequests().containsKey("storage");
        if (!storage && spec.getDataSource() == null && spec.getDataSourceRef() == null) {
            errs.required("spec.resources[storage]", "");
        }
    }

    static void hpa(HorizontalPodAutoscaler hpa, Errors errs) {
        var spec = hpa.getSpec();
        if (spec == null) {
            errs.required("spec.scaleTargetRef.kind", "");
            errs.required("spec.scaleTargetRef.name", "");
            errs.invalid("spec.maxReplicas", 0L, "must be greater than 0");
            return;
        }
        var ref = spec.getScaleTargetRef();
        String kind = ref == null ? "" : Objects.toString(ref.getKind(), "");
        String name = ref == null ? "" : Objects.toString(ref.getName(), "");
        if (kind.isEmpty()) {
            errs.required("spec.scaleTargetRef.kind", "");
        } else {
            errs.invalidEach("spec.scaleTargetRef.kind", kind, Names.pathSegment(kind));
        }
        if (name.isEmpty()) {
            errs.required("spec.scaleTargetRef.name", "");
        } else {
            errs.invalidEach("spec.scaleTargetRef.name", name, Names.pathSegment(name));
        }
        Integer min = spec.getMinReplicas();
        int max = spec.getMaxReplicas() == null ? 0 : spec.getMaxReplicas();
        if (min != null && min < 1) {
            errs.invalid("spec.minReplicas", (long) min, "must be greater than or equal to 1");
        }
        if (max < 1) {
            errs.invalid("spec.maxReplicas", (long) max, "must be greater than 0");
        }
        if (min != null && max < min) {
            errs.invalid("spec.maxReplicas", (long) max, "must be greater than or equal to `minReplicas`");
        }
    }

    static void lease(Lease lease, Errors errs) {
        var spec = lease.getSpec();
        if (spec == null) {
            return;
        }
        if (spec.getLeaseDurationSeconds() != null && spec.getLeaseDurationSeconds() <= 0) {
            errs.invalid("spec.leaseDurationSeconds", (long) spec.getLeaseDurationSeconds(), "must be greater than 0");
        }
        if (spec.getLeaseTransitions() != null && spec.getLeaseTransitions() < 0) {
            errs.invalid("spec.leaseTransitions", (long) spec.getLeaseTransitions(), "must be greater than or equal to 0");
        }
    }
}
