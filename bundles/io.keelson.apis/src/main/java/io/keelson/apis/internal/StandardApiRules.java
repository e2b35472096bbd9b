package io.keelson.apis.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import io.keelson.apis.ApiRules;
import io.keelson.apis.FieldError;
import io.keelson.apis.internal.defaults.Defaulting;
import io.keelson.apis.internal.defaults.Preparation;
import io.keelson.apis.internal.print.Printers;
import io.keelson.apis.internal.unknown.UnknownFields;
import io.keelson.apis.internal.validation.Validating;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Kubernetes v1.32's rules, as a DS service and as {@link ApiRules#standard()}. Stateless. */
@Component(service = ApiRules.class)
public final class StandardApiRules implements ApiRules {
    public static final StandardApiRules INSTANCE = new StandardApiRules();

    @Override
    public void applyDefaults(HasMetadata object) {
        if (object != null) {
            Defaulting.apply(object);
        }
    }

    @Override
    public void prepareForCreate(HasMetadata object) {
        if (object != null) {
            Preparation.prepareForCreate(object);
        }
    }

    @Override
    public List<FieldError> validateCreate(HasMetadata object) {
        return Validating.create(object);
    }

    @Override
    public List<FieldError> validateUpdate(HasMetadata updated, HasMetadata old) {
        return Validating.update(updated, old);
    }

    @Override
    public boolean tracksGeneration(String group, String kind) {
        return Kinds.tracksGeneration(group, kind);
    }

    @Override
    public boolean specChanged(HasMetadata updated, HasMetadata old) {
        return SpecChange.changed(updated, old);
    }

    @Override
    public List<String> unknownFields(HasMetadata object) {
        return object == null ? List.of() : UnknownFields.of(object);
    }

    @Override
    public List<TableColumnDefinition> columns(String group, String kind) {
        return Printers.columns(group == null ? "" : group, kind == null ? "" : kind);
    }

    @Override
    public List<Object> cells(HasMetadata object, Instant now) {
        return Printers.cells(object, now == null ? Instant.now() : now);
    }
}
