package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Selectors;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared rules of controllers that own pods: selector vs. template labels, template restart policy. */
final class WorkloadValidation {
    static final String MISMATCH = "`selector` does not match template `labels`";

    private WorkloadValidation() {
    }

    /** Selector required and non-empty, then the template checked against it. */
    static void selectorAndTemplate(LabelSelector selector, PodTemplateSpec template, String kindWord,
        boolean alwaysRestart, String kindName, Errors errs) {
        if (selector == null) {
            errs.required("spec.selector", "");
        } else {
            Selectors.validate(selector, "spec.selector", errs);
            if (Selectors.isEmpty(selector)) {
                errs.invalid("spec.selector", Selectors.literal(selector), "empty selector is invalid for " + kindWord);
            }
        }
        if (!Selectors.valid(selector)) {
            errs.invalid("spec.selector", Selectors.literal(selector), "invalid label selector");
            return;
        }
        templateMatches(selector, template, "spec.template", errs);
        PodValidation.template(template, "spec.template", errs);
        if (template != null && template.getSpec() != null) {
            if (alwaysRestart) {
                String restart = Objects.toString(template.getSpec().getRestartPolicy(), "");
                if (!restart.equals("Always")) {
                    errs.notSupported("spec.template.spec.restartPolicy", restart, List.of("Always"));
                }
            }
            if (kindName != null && template.getSpec().getActiveDeadlineSeconds() != null) {
                errs.forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in " + kindName
                    + " is not Supported");
            }
        }
    }

    /** A null selector matches nothing; an empty one everything (then nothing is checked). */
    static void templateMatches(LabelSelector selector, PodTemplateSpec template, String path, Errors errs) {
        if (template == null || Selectors.isEmpty(selector)) {
            return;
        }
        Map<String, String> labels = template.getMetadata() == null ? null : template.getMetadata().getLabels();
        if (!Selectors.matches(selector, labels)) {
            errs.invalid(path + ".metadata.labels", Selectors.labelMap(labels), MISMATCH);
        }
    }

    static void nonNegative(Number value, String path, Errors errs) {
        if (value != null && value.longValue() < 0) {
            errs.invalid(path, value.longValue(), "must be greater than or equal to 0");
        }
    }

    static void selectorImmutable(LabelSelector now, LabelSelector was, Errors errs) {
        if (!Objects.equals(now, was)) {
            errs.invalid("spec.selector", now == null ? null : Selectors.literal(now), "field is immutable");
        }
    }

    /** ValidatePositiveIntOrPercent + IsNotMoreThan100Percent, for maxUnavailable/maxSurge. */
    static void intOrPercent(IntOrString v, String path, Errors errs) {
        if (v == null || v.getValue() == null) {
            return;
        }
        if (v.getValue() instanceof Integer n) {
            if (n < 0) {
                errs.invalid(path, (long) n, "must be greater than or equal to 0");
            }
            return;
        }
        String s = String.valueOf(v.getValue());
        if (!s.matches("[0-9]+%")) {
            errs.invalid(path, s, "a valid percent string must be a numeric string followed by an ending '%' "
                + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')");
        } else if (Long.parseLong(s.substring(0, s.length() - 1)) > 100) {
            errs.invalid(path, s, "must not be greater than 100%");
        }
    }

    static boolean isZero(IntOrString v) {
        if (v == null || v.getValue() == null) {
            return true;
        }
        return v.getValue() instanceof Integer n ? n == 0 : String.valueOf(v.getValue()).matches("0+%");
    }
}
