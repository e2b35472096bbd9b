package io.keelson.fuzz;

import java.util.regex.Pattern;

/** Kubernetes' name and label syntax (k8s.io/apimachinery/pkg/util/validation), restated. */
final class Names {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private Names() {
    }

    static boolean dns1123Label(String s) {
        return s.length() <= 63 && LABEL.matcher(s).matches();
    }

    static boolean dns1123Subdomain(String s) {
        if (s.isEmpty() || s.length() > 253) {
            return false;
        }
        for (String part : s.split("\\.", -1)) {
            if (!LABEL.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean dns1035Label(String s) {
        return s.length() <= 63 && DNS1035.matcher(s).matches();
    }

    static boolean pathSegment(String s) {
        return !s.isEmpty() && !s.equals(".") && !s.equals("..") && !s.contains("/") && !s.contains("%");
    }

    static boolean valid(Kind.NameRule rule, String name) {
        return switch (rule) {
            case DNS1123_SUBDOMAIN -> dns1123Subdomain(name);
            case DNS1123_LABEL -> dns1123Label(name);
            case DNS1035_LABEL -> dns1035Label(name);
            case PATH_SEGMENT -> pathSegment(name);
        };
    }

    /** The rule Kubernetes applies to a resource's names. */
    static Kind.NameRule ruleFor(String group, String plural) {
        if (plural.equals("namespaces") && group.isEmpty()) {
            return Kind.NameRule.DNS1123_LABEL;
        }
        if (plural.equals("services") && group.isEmpty()) {
            return Kind.NameRule.DNS1035_LABEL;
        }
        if (group.equals("rbac.authorization.k8s.io")) {
            return Kind.NameRule.PATH_SEGMENT;
        }
        return Kind.NameRule.DNS1123_SUBDOMAIN;
    }

    /** A label or annotation key: an optional DNS subdomain prefix and a name of at most 63 characters. */
    static boolean qualifiedName(String key) {
        String name = key;
        int slash = key.indexOf('/');
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (!dns1123Subdomain(prefix)) {
                return false;
            }
        }
        return !name.isEmpty() && name.length() <= 63 && QUALIFIED_NAME.matcher(name).matches();
    }

    static boolean labelValue(String v) {
        return v.isEmpty() || (v.length() <= 63 && QUALIFIED_NAME.matcher(v).matches());
    }

    static boolean configKey(String k) {
        return k.length() <= 253 && CONFIG_KEY.matcher(k).matches() && !k.equals(".") && !k.equals("..");
    }
}
