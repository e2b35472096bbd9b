package io.keelson.apiserver.internal.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenAPI schemas of the model classes, found with Jackson's introspection of the fabric8 types and
 * named as Kubernetes names them ({@code io.k8s.api.core.v1.Container}). They have types, refs,
 * Kubernetes' list extensions (patch strategy and merge key, list type) and, on the kinds, the
 * group-version-kind; they have no descriptions (the model carries none), so {@code kubectl explain}
 * shows fields and types without their documentation.
 */
final class Definitions {

    static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    /** apimachinery's meta/v1 types, which fabric8 keeps in its core package. */
    private static final Set<String> META_TYPES = Set.of("ObjectMeta", "ListMeta", "LabelSelector", "LabelSelectorRequirement",
            "OwnerReference", "ManagedFieldsEntry", "FieldsV1", "Status", "StatusDetails", "StatusCause", "Condition", "DeleteOptions",
            "Preconditions", "APIResource", "APIResourceList", "APIGroup", "APIGroupList", "APIVersions", "GroupVersionForDiscovery",
            "ServerAddressByClientCIDR", "ListOptions", "GetOptions", "CreateOptions", "PatchOptions", "UpdateOptions", "MicroTime",
            "Duration", "WatchEvent", "RootPaths", "TypeMeta", "PartialObjectMetadata", "PartialObjectMetadataList", "Time");

    private final String refPrefix;
    private final boolean wrapRefs;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    /** {@code refPrefix}: "#/definitions/" (v2) or "#/components/schemas/" (v3, where refs sit in allOf as Kubernetes writes them). */
    Definitions(String refPrefix, boolean wrapRefs) {
        this.refPrefix = refPrefix;
        this.wrapRefs = wrapRefs;
        definitions.put("io.k8s.apimachinery.pkg.util.intstr.IntOrString", Json.object().put("type", "string").put("format", "int-or-string"));
        definitions.put("io.k8s.apimachinery.pkg.api.resource.Quantity", Json.object().put("type", "string"));
        definitions.put(META + "Time", Json.object().put("type", "string").put("format", "date-time"));
        definitions.put(META + "MicroTime", Json.object().put("type", "string").put("format", "date-time"));
        definitions.put(META + "FieldsV1", Json.object().put("type", "object"));
        definitions.put(META + "Patch", Json.object().put("type", "object"));
    }

    Map<String, ObjectNode> all() {
        return definitions;
    }

    /** Kubernetes' name of a model class: its API package plus the simple name. */
    static String name(Class<?> c) {
        String simple = c.getSimpleName();
        String pkg = c.getPackageName();
        if (pkg.equals(MODEL)) {
            return switch (simple) {
                case "IntOrString" -> "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
                case "Quantity" -> "io.k8s.apimachinery.pkg.api.resource.Quantity";
                default -> (META_TYPES.contains(simple) ? META : "io.k8s.api.core.v1.") + simple;
            };
        }
        if (pkg.startsWith(MODEL + ".")) {
            String rest = pkg.substring(MODEL.length() + 1);
            return "io.k8s.api." + (rest.matches(".*\\.v\\d+(\\w+)?$") ? rest : rest + ".v1") + "." + simple;
        }
        return pkg + "." + simple;
    }

    /** Defines the class (and everything it refers to); returns its name. */
    String define(Class<?> c) {
        String name = name(c);
        if (definitions.containsKey(name)) {
            return name;
        }
        ObjectNode schema = Json.object().put("type", "object");
        definitions.put(name, schema);
        JavaType type = Json.MAPPER.constructType(c);
        BeanDescription bean = Json.MAPPER.getSerializationConfig().introspect(type);
        ObjectNode properties = Json.object();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.getName().equals("additionalProperties") || p.getPrimaryType() == null) {
                continue;
            }
            ObjectNode property = schema(p.getPrimaryType());
            ListExtensions.add(c.getSimpleName(), p.getName(), property);
            properties.set(p.getName(), property);
        }
        if (!properties.isEmpty()) {
            schema.set("properties", properties);
        }
        if (c.getSimpleName().equals("LabelSelector")) {
            schema.put("x-kubernetes-map-type", "atomic");
        }
        return name;
    }

    /** Adds the kind's group-version-kind extension to its definition. */
    void kind(Class<?> c, String group, String version, String kind) {
        ObjectNode schema = definitions.get(define(c));
        ArrayNode gvks = schema.withArray("x-kubernetes-group-version-kind");
        gvks.addObject().put("group", group).put("kind", kind).put("version", version);
    }

    private ObjectNode schema(JavaType t) {
        Class<?> raw = t.getRawClass();
        if (t.isCollectionLikeType() || t.isArrayType()) {
            ObjectNode s = Json.object().put("type", "array");
            s.set("items", schema(t.getContentType()));
            return s;
        }
        if (t.isMapLikeType()) {
            ObjectNode s = Json.object().put("type", "object");
            s.set("additionalProperties", schema(t.getContentType()));
            return s;
        }
        if (raw == String.class || raw.isEnum()) {
            return Json.object().put("type", "string");
        }
        if (raw == Integer.class || raw == int.class || raw == Short.class) {
            return Json.object().put("type", "integer").put("format", "int32");
        }
        if (raw == Long.class || raw == long.class) {
            return Json.object().put("type", "integer").put("format", "int64");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Json.object().put("type", "boolean");
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            return Json.object().put("type", "number").put("format", "double");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(raw)) {
            return ref(META + "MicroTime");
        }
        if (raw == Object.class || raw.isInterface() || !raw.getPackageName().startsWith(MODEL) || raw.getSimpleName().equals("AnyType")) {
            return Json.object().put("type", "object");
        }
        return ref(define(raw));
    }

    private ObjectNode ref(String name) {
        ObjectNode r = Json.object().put("$ref", refPrefix + name);
        if (!wrapRefs) {
            return r;
        }
        ObjectNode wrapped = Json.object();
        wrapped.putArray("allOf").add(r);
        return wrapped;
    }
}
