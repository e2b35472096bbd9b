package io.keelson.apis;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What Kubernetes v1.32 knows about its built-in types, over fabric8 objects. Every method is total:
 * a malformed object (null spec, null lists, ...) yields field errors or empty results, never an
 * exception. Instances are thread-safe.
 */
@ProviderType
public interface ApiRules {

    /** The rules of Kubernetes v1.32, usable without OSGi (the DS component is the same class). */
    static ApiRules standard() {
        return io.keelson.apis.internal.StandardApiRules.INSTANCE;
    }

    /**
     * Kubernetes' defaulting for the object, in place, as the API server applies it on every decode
     * (create, update, patch; idempotent). A Job whose metadata.uid is set also gets its generated
     * selector and labels, so call it again after assigning the uid.
     */
    void applyDefaults(HasMetadata object);

    /**
     * The registry strategy's create-time preparation, in place, before validation: status the
     * client sent is replaced (Pod: Pending with its QoS class; Namespace: Active and the
     * {@code kubernetes} finalizer; workloads: empty), and metadata.generation becomes 1 for kinds
     * that {@link #tracksGeneration track it} (null otherwise).
     */
    void prepareForCreate(HasMetadata object);

    /** Validation on create (after defaulting): empty when valid. */
    List<FieldError> validateCreate(HasMetadata object);

    /** Validation on update (after defaulting), including immutable fields: empty when valid. */
    List<FieldError> validateUpdate(HasMetadata updated, HasMetadata old);

    /** Whether objects of this kind carry metadata.generation (set to 1 on create). */
    boolean tracksGeneration(String group, String kind);

    /**
     * Whether the change from old to updated must bump metadata.generation: a change of the spec
     * (or, for kinds without spec, of their payload), never of status or metadata.
     */
    boolean specChanged(HasMetadata updated, HasMetadata old);

    /**
     * Paths of fields the JSON/YAML had that Kubernetes v1.32 does not know, in Kubernetes'
     * notation ({@code spec.template.spec.foo}, {@code spec.containers[0].bar}), in document order;
     * the strict error is {@code unknown field "<path>"}.
     */
    List<String> unknownFields(HasMetadata object);

    /** Table columns as {@code kubectl get} shows them; priority 1 = only with {@code -o wide}. */
    List<TableColumnDefinition> columns(String group, String kind);

    /** One table row's cells for the object, matching {@link #columns}; ages relative to now. */
    List<Object> cells(HasMetadata object, Instant now);
}
