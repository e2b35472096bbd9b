package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Metadata validation with Kubernetes' messages (apimachinery validation). */
public final class Validation {

    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL = Pattern.compile(LABEL);
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    private Validation() {
    }

    /** Checks name, labels and annotations; throws 422 Invalid with every cause. */
    public static void validateMetadata(ResourceType type, ObjectNode object) {
        ObjectNode meta = Json.metadata(object);
        String name = meta.path("name").asText("");
        List<Cause> causes = new ArrayList<>();
        if (name.isEmpty()) {
            causes.add(new Cause("FieldValueRequired", "metadata.name", "Required value: name or generateName is required"));
        } else {
            String problem = nameProblem(type.nameRule(), name);
            if (problem != null) {
                causes.add(new Cause("FieldValueInvalid", "metadata.name", "Invalid value: \"" + name + "\": " + problem));
            }
        }
        checkLabels(meta.get("labels"), causes);
        if (!causes.isEmpty()) {
            throw Errors.invalid(type, name, causes);
        }
    }

    public static String nameProblem(ResourceType.NameRule rule, String name) {
        switch (rule) {
            case DNS1123_LABEL:
                if (name.length() > 63) {
                    return "must be no more than 63 characters";
                }
                return DNS1123_LABEL.matcher(name).matches() ? null
                        : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
                                + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '" + LABEL + "')";
            case DNS1035_LABEL:
                if (name.length() > 63) {
                    return "must be no more than 63 characters";
                }
                return DNS1035_LABEL.matcher(name).matches() ? null
                        : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, "
                                + "and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is "
                                + "'[a-z]([-a-z0-9]*[a-z0-9])?')";
            case PATH_SEGMENT:
                if (name.equals(".") || name.equals("..")) {
                    return "may not be '" + name + "'";
                }
                return name.contains("/") ? "may not contain '/'" : name.contains("%") ? "may not contain '%'" : null;
            default:
                if (name.length() > 253) {
                    return "must be no more than 253 characters";
                }
                return DNS1123_SUBDOMAIN.matcher(name).matches() ? null
                        : "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
                                + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" + LABEL
                                + "(\\." + LABEL + ")*')";
        }
    }

    private static void checkLabels(JsonNode labels, List<Cause> causes) {
        if (labels == null || !labels.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String keyProblem = labelKeyProblem(e.getKey());
            if (keyProblem != null) {
                causes.add(new Cause("FieldValueInvalid", "metadata.labels", "Invalid value: \"" + e.getKey() + "\": " + keyProblem));
            }
            String value = e.getValue().asText();
            String valueProblem = labelValueProblem(value);
            if (valueProblem != null) {
                causes.add(new Cause("FieldValueInvalid", "metadata.labels", "Invalid value: \"" + value + "\": " + valueProblem));
            }
        }
    }

    public static String labelKeyProblem(String key) {
        String name = key;
        int slash = key.indexOf('/');
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty() || prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
                return "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
                        + "must start and end with an alphanumeric character";
            }
        }
        if (name.isEmpty() || name.length() > 63 || !QUALIFIED_NAME.matcher(name).matches()) {
            return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
                    + "character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
                    + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
        }
        return null;
    }

    public static String labelValueProblem(String value) {
        if (value.length() > 63) {
            return "must be no more than 63 characters";
        }
        return LABEL_VALUE.matcher(value).matches() ? null
                : "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and "
                        + "end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                        + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    }
}
