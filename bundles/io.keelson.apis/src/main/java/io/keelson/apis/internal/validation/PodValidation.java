package io.keelson.apis.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.ObjectMetaValidation;
import java.util.List;

/** Pods: spec validation on create and update, and the update's immutability rule. */
final class PodValidation {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String UPDATABLE = "pod updates may not change fields other than `spec.containers[*].image`,"
        + "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to "
        + "existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was "
        + "previously negative)";

    private PodValidation() {
    }

    static void create(Pod pod, Errors errs) {
        PodSpecValidation.validate(pod.getSpec(), "spec", true, errs);
    }

    /** A pod template (ValidatePodTemplateSpec): labels, annotations and the spec. */
    static void template(PodTemplateSpec t, String path, Errors errs) {
        if (t == null) {
            errs.required(path, "");
            return;
        }
        if (t.getMetadata() != null) {
            ObjectMetaValidation.labels(t.getMetadata().getLabels(), path + ".metadata.labels", errs);
            ObjectMetaValidation.annotations(t.getMetadata().getAnnotations(), path + ".metadata.annotations", errs);
        }
        PodSpecValidation.validate(t.getSpec(), path + ".spec", false, errs);
        if (t.getSpec() != null && t.getSpec().getEphemeralContainers() != null
            && !t.getSpec().getEphemeralContainers().isEmpty()) {
            errs.forbidden(path + ".spec.ephemeralContainers", "ephemeral containers not allowed in pod template");
        }
    }

    static void update(Pod pod, Pod old, Errors errs) {
        PodSpecValidation.validate(pod.getSpec(), "spec", true, errs);
        PodSpec now = pod.getSpec();
        PodSpec was = old.getSpec();
        if (now == null || was == null) {
            return;
        }
        Long deadline = now.getActiveDeadlineSeconds();
        Long oldDeadline = was.getActiveDeadlineSeconds();
        if (deadline != null) {
            if (deadline < 0 || deadline > Integer.MAX_VALUE) {
                errs.invalid("spec.activeDeadlineSeconds", deadline, "must be between 0 and 2147483647, inclusive");
                return;
            }
            if (oldDeadline != null && oldDeadline < deadline) {
                errs.invalid("spec.activeDeadlineSeconds", deadline, "must be less than or equal to previous value");
                return;
            }
        } else if (oldDeadline != null) {
            errs.invalid("spec.activeDeadlineSeconds", "null", "must not update from a positive integer to nil value");
        }
        PodSpec munged = copy(now);
        PodSpec base = copy(was);
        if (munged == null || base == null) {
            return;
        }
        images(munged.getContainers(), base.getContainers());
        images(munged.getInitContainers(), base.getInitContainers());
        munged.setActiveDeadlineSeconds(base.getActiveDeadlineSeconds());
        if (onlyAdditions(base.getTolerations(), munged.getTolerations())) {
            munged.setTolerations(base.getTolerations());
        } else {
            errs.forbidden("spec.tolerations", "existing toleration can not be modified except its tolerationSeconds");
        }
        Long oldGrace = base.getTerminationGracePeriodSeconds();
        if (oldGrace != null && oldGrace < 0 && Long.valueOf(1).equals(munged.getTerminationGracePeriodSeconds())) {
            munged.setTerminationGracePeriodSeconds(oldGrace);
        }
        if (!tree(munged).equals(tree(base))) {
            errs.forbidden("spec", UPDATABLE);
        }
    }

    private static void images(List<Container> now, List<Container> was) {
        if (now == null || was == null || now.size() != was.size()) {
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != null && was.get(i) != null) {
                now.get(i).setImage(was.get(i).getImage());
            }
        }
    }

    private static boolean onlyAdditions(List<Toleration> was, List<Toleration> now) {
        List<Toleration> n = now == null ? List.of() : now;
        for (Toleration t : was == null ? List.<Toleration>of() : was) {
            boolean found = n.stream().anyMatch(x -> x != null && t != null && java.util.Objects.equals(x.getKey(),
                t.getKey()) && java.util.Objects.equals(x.getOperator(), t.getOperator())
                && java.util.Objects.equals(x.getValue(), t.getValue())
                && java.util.Objects.equals(x.getEffect(), t.getEffect()));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static PodSpec copy(PodSpec s) {
        try {
            return MAPPER.convertValue(s, PodSpec.class);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static JsonNode tree(Object o) {
        return MAPPER.valueToTree(o);
    }
}
