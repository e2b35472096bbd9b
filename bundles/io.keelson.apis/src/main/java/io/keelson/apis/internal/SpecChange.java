package io.keelson.apis.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Set;

/** Whether an update changes what metadata.generation counts: the spec (or the payload of spec-less kinds). */
final class SpecChange {
    private static final Set<String> NOT_PAYLOAD = Set.of("getMetadata", "getStatus", "getApiVersion", "getKind",
        "getClass", "getAdditionalProperties", "getPlural", "getSingular", "getFullResourceName", "getFinalizers");

    private SpecChange() {
    }

    static boolean changed(HasMetadata updated, HasMetadata old) {
        if (updated == null || old == null) {
            return updated != old;
        }
        if (updated instanceof Deployment d && old instanceof Deployment o) {
            // deployments also count annotation changes: they are copied to their replica sets
            var now = d.getMetadata() == null ? null : d.getMetadata().getAnnotations();
            var was = o.getMetadata() == null ? null : o.getMetadata().getAnnotations();
            if (!Objects.equals(emptyToNull(now), emptyToNull(was))) {
                return true;
            }
        }
        Method spec = getter(updated.getClass(), "getSpec");
        if (spec != null) {
            return !Objects.equals(invoke(spec, updated), invoke(spec, old));
        }
        for (Method m : updated.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                && !NOT_PAYLOAD.contains(m.getName()) && !m.isDefault()
                && m.getDeclaringClass() == updated.getClass()
                && !Objects.equals(invoke(m, updated), invoke(m, old))) {
                return true;
            }
        }
        return false;
    }

    private static Object emptyToNull(java.util.Map<?, ?> m) {
        return m == null || m.isEmpty() ? null : m;
    }

    private static Method getter(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return target.getClass() == m.getDeclaringClass() || m.getDeclaringClass().isInstance(target)
                ? m.invoke(target) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
