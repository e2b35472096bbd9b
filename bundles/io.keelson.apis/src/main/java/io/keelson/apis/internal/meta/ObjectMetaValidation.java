package io.keelson.apis.internal.meta;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Kubernetes' ValidateObjectMeta / ValidateObjectMetaUpdate (namespace presence is the server's). */
public final class ObjectMetaValidation {
    static final int TOTAL_ANNOTATION_SIZE = 256 * 1024;
    private static final java.util.Set<String> STANDARD_FINALIZERS = java.util.Set.of("kubernetes", "orphan",
        "foregroundDeletion");

    private ObjectMetaValidation() {
    }

    public static void validate(ObjectMeta meta, NameRule rule, Errors errs) {
        if (meta == null) {
            errs.required("metadata.name", "name or generateName is required");
            return;
        }
        String gen = meta.getGenerateName();
        if (gen != null && !gen.isEmpty()) {
            errs.invalidEach("metadata.generateName", gen, rule.check(gen, true));
        }
        String name = meta.getName();
        if (name == null || name.isEmpty()) {
            errs.required("metadata.name", "name or generateName is required");
        } else {
            errs.invalidEach("metadata.name", name, rule.check(name, false));
        }
        common(meta, errs);
    }

    public static void validateUpdate(ObjectMeta meta, ObjectMeta old, NameRule rule, Errors errs) {
        if (meta == null) {
            errs.required("metadata.name", "name or generateName is required");
            return;
        }
        ObjectMeta was = old == null ? new ObjectMeta() : old;
        if (meta.getGeneration() != null && was.getGeneration() != null
            && meta.getGeneration() < was.getGeneration()) {
            errs.invalid("metadata.generation", meta.getGeneration(), "must not be decremented");
        }
        immutable(errs, "metadata.name", meta.getName(), was.getName());
        immutable(errs, "metadata.namespace", meta.getNamespace(), was.getNamespace());
        immutable(errs, "metadata.uid", meta.getUid(), was.getUid());
        immutable(errs, "metadata.creationTimestamp", meta.getCreationTimestamp(), was.getCreationTimestamp());
        if (was.getDeletionTimestamp() != null) {
            List<String> added = nullSafe(meta.getFinalizers()).stream()
                .filter(f -> !nullSafe(was.getFinalizers()).contains(f)).distinct().sorted().toList();
            if (!added.isEmpty()) {
                errs.forbidden("metadata.finalizers", "no new finalizers can be added if the object is being "
                    + "deleted, found new finalizers " + io.keelson.apis.internal.meta.GoValues.stringSlice(added));
            }
        }
        common(meta, errs);
    }

    /** Labels, annotations, owner references, finalizers: the same on create and update. */
    static void common(ObjectMeta meta, Errors errs) {
        if (meta.getGeneration() != null && meta.getGeneration() < 0) {
            errs.invalid("metadata.generation", meta.getGeneration(), "must be greater than or equal to 0");
        }
        labels(meta.getLabels(), "metadata.labels", errs);
        annotations(meta.getAnnotations(), "metadata.annotations", errs);
        List<OwnerReference> refs = nullSafe(meta.getOwnerReferences());
        String firstController = null;
        for (OwnerReference ref : refs) {
            if (ref == null) {
                continue;
            }
            String apiVersion = Objects.toString(ref.getApiVersion(), "");
            if (apiVersion.isEmpty() || apiVersion.endsWith("/")) {
                errs.invalid("metadata.ownerReferences.apiVersion", apiVersion, "version must not be empty");
            }
            if (ref.getKind() == null || ref.getKind().isEmpty()) {
                errs.invalid("metadata.ownerReferences.kind", Objects.toString(ref.getKind(), ""), "must not be empty");
            }
            if (ref.getName() == null || ref.getName().isEmpty()) {
                errs.invalid("metadata.ownerReferences.name", Objects.toString(ref.getName(), ""), "must not be empty");
            }
            if (ref.getUid() == null || ref.getUid().isEmpty()) {
                errs.invalid("metadata.ownerReferences.uid", Objects.toString(ref.getUid(), ""), "must not be empty");
            }
            if (Boolean.TRUE.equals(ref.getController())) {
                String current = ref.getKind() + "/" + ref.getName();
                if (firstController != null) {
                    errs.invalid("metadata.ownerReferences", "(owner references)", "Only one reference can have "
                        + "Controller set to true. Found \"true\" in references for " + firstController + " and "
                        + current);
                } else {
                    firstController = current;
                }
            }
        }
        for (String f : nullSafe(meta.getFinalizers())) {
            String name = Objects.toString(f, "");
            errs.invalidEach("metadata.finalizers", name, Names.qualifiedName(name));
            if (!name.contains("/") && !STANDARD_FINALIZERS.contains(name)) {
                errs.invalid("metadata.finalizers", name,
                    "name is neither a standard finalizer name nor is it fully qualified");
            }
        }
        List<String> fins = nullSafe(meta.getFinalizers());
        if (fins.contains("orphan") && fins.contains("foregroundDeletion")) {
            errs.invalid("metadata.finalizers", fins, "finalizer orphan and foregroundDeletion cannot be both set");
        }
    }

    /** Kubernetes' ValidateLabels: errors name the map's path, keys first then values. */
    public static void labels(Map<String, String> labels, String path, Errors errs) {
        if (labels == null) {
            return;
        }
        new TreeMap<>(nonNullKeys(labels)).forEach((k, v) -> {
            errs.invalidEach(path, k, Names.qualifiedName(k));
            String value = v == null ? "" : v;
            errs.invalidEach(path, value, Names.labelValue(value));
        });
    }

    public static void annotations(Map<String, String> annotations, String path, Errors errs) {
        if (annotations == null) {
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(nonNullKeys(annotations)).entrySet()) {
            errs.invalidEach(path, e.getKey(), Names.qualifiedName(e.getKey().toLowerCase(java.util.Locale.ROOT)));
            size += utf8(e.getKey()) + (e.getValue() == null ? 0 : utf8(e.getValue()));
        }
        if (size > TOTAL_ANNOTATION_SIZE) {
            errs.tooLong(path, TOTAL_ANNOTATION_SIZE);
        }
    }

    static void immutable(Errors errs, String path, Object now, Object was) {
        if (!Objects.equals(now == null ? "" : now, was == null ? "" : was)) {
            errs.invalid(path, now == null ? "" : now, "field is immutable");
        }
    }

    private static Map<String, String> nonNullKeys(Map<String, String> m) {
        Map<String, String> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k == null ? "" : k, v));
        return out;
    }

    private static long utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    static <T> List<T> nullSafe(List<T> l) {
        return l == null ? List.of() : l;
    }
}
