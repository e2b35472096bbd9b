package io.keelson.apis.internal.unknown;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict decoding: the fields a document had that the Kubernetes v1.32 type does not. fabric8 keeps
 * them in each bean's additionalProperties; fields fabric8 knows but v1.32 does not are reported too.
 */
public final class UnknownFields {
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Method> EXTRA = new ConcurrentHashMap<>();
    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UnknownFields() {
    }

    public static List<String> of(HasMetadata object) {
        List<String> out = new ArrayList<>();
        if (!(object instanceof GenericKubernetesResource)) {
            walk(object, "", out, 0);
        }
        return out;
    }

    private static void walk(Object bean, String path, List<String> out, int depth) {
        if (bean == null || depth > 64 || !isModel(bean.getClass())) {
            return;
        }
        Map<String, Object> extra = additional(bean);
        if (extra != null) {
            for (String key : extra.keySet()) {
                out.add(path + key);
            }
        }
        for (Field f : fields(bean.getClass())) {
            Object value;
            try {
                value = f.get(bean);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            String name = jsonName(f);
            // fabric8 starts list fields as empty lists: an empty one says nothing about the document
            boolean empty = value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
            if (NewerFields.isNewer(bean.getClass(), name) && !empty) {
                out.add(path + name);
                continue;
            }
            descend(value, path + name, out, depth);
        }
    }

    private static void descend(Object value, String path, List<String> out, int depth) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item != null && isModel(item.getClass())) {
                    walk(item, path + "[" + i + "].", out, depth + 1);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null && isModel(e.getValue().getClass())) {
                    walk(e.getValue(), path + "[" + e.getKey() + "].", out, depth + 1);
                }
            }
        } else if (isModel(value.getClass())) {
            walk(value, path + ".", out, depth + 1);
        }
    }

    /** fabric8 model beans; values decoded from scalars (Quantity, IntOrString) and free-form data excluded. */
    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("io.fabric8.kubernetes.api.model") && !Quantity.class.isAssignableFrom(type)
            && !AnyType.class.isAssignableFrom(type) && !GenericKubernetesResource.class.isAssignableFrom(type)
            && !type.isEnum();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> additional(Object bean) {
        Method m = EXTRA.computeIfAbsent(bean.getClass(), c -> {
            try {
                return c.getMethod("getAdditionalProperties");
            } catch (NoSuchMethodException e) {
                return NONE;
            }
        });
        if (m == NONE) {
            return null;
        }
        try {
            return (Map<String, Object>) m.invoke(bean);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, c -> {
            List<Field> list = new ArrayList<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("additionalProperties")
                        || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        list.add(f);
                    } catch (RuntimeException e) {
                        // not reachable (module rules): such a field is not walked
                    }
                }
            }
            return List.copyOf(list);
        });
    }

    private static String jsonName(Field f) {
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : f.getName();
    }
}
