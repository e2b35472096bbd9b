package io.keelson.apis.internal.meta;

import java.util.List;
import java.util.function.Function;

/** How a kind's metadata.name is checked (the nameFn of Kubernetes' ValidateObjectMeta). */
public enum NameRule {
    DNS1123_SUBDOMAIN(Names::dns1123Subdomain),
    DNS1123_LABEL(Names::dns1123Label),
    DNS1035_LABEL(Names::dns1035Label),
    PATH_SEGMENT(Names::pathSegment);

    private final Function<String, List<String>> check;

    NameRule(Function<String, List<String>> check) {
        this.check = check;
    }

    /** Messages for the name; a generateName prefix may end in '-' (Kubernetes' maskTrailingDash). */
    public List<String> check(String name, boolean prefix) {
        if (prefix && this != PATH_SEGMENT && name.length() > 1 && name.endsWith("-")) {
            name = name.substring(0, name.length() - 2) + "a";
        }
        return check.apply(name);
    }
}
