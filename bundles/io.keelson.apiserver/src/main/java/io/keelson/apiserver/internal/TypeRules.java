package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.apis.ApiRules;
import io.keelson.apis.FieldError;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.List;

/**
 * The API server's use of {@link ApiRules} (io.keelson.apis): object trees to fabric8 objects and
 * back, Kubernetes' defaulting, create preparation, generation and validation, with field errors
 * turned into a 422 Invalid whose causes carry Kubernetes' reasons and wording.
 */
public final class TypeRules {

    /** Writes no "additionalProperties": fabric8 keeps unknown fields there, Kubernetes drops them. */
    private static final ObjectMapper KNOWN_ONLY = Json.MAPPER.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasAnyGetter(Annotated a) {
            return Boolean.FALSE;
        }
    });

    private final ApiRules rules;

    public TypeRules(ApiRules rules) {
        this.rules = rules;
    }

    public ApiRules rules() {
        return rules;
    }

    /**
     * Decodes request bodies as Go's decoder does: no number from a string or a fraction, no string from a
     * number or a boolean, no boolean from a number or a string, quantities in their syntax (each a 400,
     * not a coerced value).
     */
    private static final ObjectMapper STRICT = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = Json.MAPPER.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
                .addMixIn(io.fabric8.kubernetes.api.model.Quantity.class, Quantities.Mixin.class).registerModule(StrictTimes.module());
        refuse(m, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(m, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(m, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(m, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        refuse(m, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
        return m;
    }

    /** Scalars of these input shapes are refused for the target type instead of coerced, as Go's decoder refuses them. */
    private static void refuse(ObjectMapper m, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            m.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A request body as the type's fabric8 object, refusing coerced scalars; null for types without a model. */
    public static HasMetadata typedStrictly(ResourceType type, JsonNode tree) throws JsonProcessingException {
        return type.modelClass() == null ? null : (HasMetadata) STRICT.treeToValue(tree, type.modelClass());
    }

    /** The tree as the type's fabric8 object (unknown fields kept aside); null for types without a model. */
    public static HasMetadata typed(ResourceType type, JsonNode tree) throws JsonProcessingException {
        if (type.modelClass() == null) {
            return null;
        }
        return (HasMetadata) Json.MAPPER.treeToValue(tree, type.modelClass());
    }

    /** The object as a tree of only the fields Kubernetes knows; managedFields are carried over from {@code source} as they were. */
    public static ObjectNode tree(HasMetadata typed, ObjectNode source) {
        ObjectNode known = KNOWN_ONLY.valueToTree(typed);
        // fabric8 keeps FieldsV1 in additionalProperties, which KNOWN_ONLY drops
        JsonNode managed = source.path("metadata").get("managedFields");
        if (managed != null && managed.isArray()) {
            Json.metadata(known).set("managedFields", managed);
        }
        return known;
    }

    public List<String> unknownFields(HasMetadata typed) {
        return rules.unknownFields(typed);
    }

    /** Create-time preparation, defaulting and validation, in place; 422 when invalid. */
    public void create(ResourceType type, ObjectNode object) {
        HasMetadata typed = typedOrBadRequest(type, object);
        if (typed == null) {
            return;
        }
        rules.prepareForCreate(typed);
        rules.applyDefaults(typed);
        replace(object, tree(typed, object));
        namespaceNameLabel(type, object);
        check(type, object, rules.validateCreate(typed));
    }

    /** Update defaulting, generation and validation of {@code next} against {@code old}, in place; 422 when invalid. */
    public void update(ResourceType type, ObjectNode old, ObjectNode next) {
        HasMetadata typed = typedOrBadRequest(type, next);
        if (typed == null) {
            return;
        }
        HasMetadata was = typedOrBadRequest(type, old);
        rules.applyDefaults(typed);
        if (rules.tracksGeneration(type.group(), type.kind()) && rules.specChanged(typed, was)) {
            Long generation = was.getMetadata().getGeneration();
            typed.getMetadata().setGeneration((generation == null ? 0 : generation) + 1);
        }
        replace(next, tree(typed, next));
        namespaceNameLabel(type, next);
        check(type, next, rules.validateUpdate(typed, was));
    }

    /** The namespace strategy labels every namespace with its name (kubernetes.io/metadata.name), on create and update. */
    private static void namespaceNameLabel(ResourceType type, ObjectNode object) {
        if (type.group().isEmpty() && type.plural().equals("namespaces")) {
            String name = object.path("metadata").path("name").asText("");
            if (!name.isEmpty()) {
                Json.child(Json.metadata(object), "labels").put("kubernetes.io/metadata.name", name);
            }
        }
    }

    public boolean tracksGeneration(ResourceType type) {
        return rules.tracksGeneration(type.group(), type.kind());
    }

    private static HasMetadata typedOrBadRequest(ResourceType type, ObjectNode tree) {
        try {
            return typed(type, tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Errors.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind() + ": "
                    + e.getMessage());
        }
    }

    private static void check(ResourceType type, ObjectNode object, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String name = object.path("metadata").path("name").asText("");
            throw Errors.invalid(type, name, errors.stream().map(e -> new Cause(e.type().reason(), e.field(), e.body())).toList());
        }
    }

    private static void replace(ObjectNode target, ObjectNode source) {
        target.removeAll();
        target.setAll(source);
    }
}
