package io.keelson.apiserver.internal.managed;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apply's answer to fields the schema does not declare. Kubernetes turns the applied configuration into
 * a typed value before anything else (whatever fieldValidation says), in structured-merge-diff's words.
 * Kubernetes v1.32 lets that plain Go error reach the client as a 500; that is its bug (kubernetes#122480,
 * #139253, whose fix keeps the message and answers 400 BadRequest), and a client's mistake is never a 500
 * here, so Keelson answers as the fix does.
 */
public final class SchemaErrors {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private SchemaErrors() {
    }

    /** {@code unknown}: the fields in Kubernetes' decoding notation ({@code spec.containers[0].bogus}), in document order. */
    public static ApiException undeclared(ResourceType type, JsonNode config, List<String> unknown) {
        List<String> errors = unknown.stream().map(u -> path(type, config, u) + ": field not declared in schema").toList();
        String detail = errors.size() == 1 ? errors.get(0) : "errors:\n  " + String.join("\n  ", errors);
        JsonNode meta = config.path("metadata");
        String gvk = (type.group().isEmpty() ? "" : type.group()) + "/" + type.version() + ", Kind=" + type.kind();
        String message = "failed to create typed patch object (" + meta.path("namespace").asText("") + "/" + meta.path("name").asText("")
                + "; " + gvk + "): " + detail;
        return Errors.badRequest(message);
    }

    /** The field as structured-merge-diff prints it: list items by their keys, {@code .spec.containers[name="c"].bogus}. */
    static String path(ResourceType type, JsonNode config, String unknown) {
        Shapes shapes = new Shapes(type);
        List<String> elements = new ArrayList<>();
        List<String> names = new ArrayList<>();
        JsonNode node = config;
        for (String token : unknown.split("\\.")) {
            int bracket = token.indexOf('[');
            String name = bracket < 0 ? token : token.substring(0, bracket);
            elements.add(Shapes.fieldElement(name));
            names.add(name);
            node = node.path(name);
            Matcher m = INDEX.matcher(bracket < 0 ? "" : token.substring(bracket));
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                JsonNode item = node.path(i);
                elements.add(element(shapes, names, item, i));
                node = item;
            }
        }
        return FieldSet.pathString(elements);
    }

    private static String element(Shapes shapes, List<String> names, JsonNode item, int index) {
        String keyed = switch (shapes.listKind(names)) {
            case KEYED -> Shapes.keyElement(item, shapes.mergeKeys(names));
            case SET -> Shapes.valueElement(item);
            case ATOMIC -> null;
        };
        return keyed == null ? "i:" + index : keyed;
    }
}
