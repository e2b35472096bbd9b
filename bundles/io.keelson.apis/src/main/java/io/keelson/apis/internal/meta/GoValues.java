package io.keelson.apis.internal.meta;

import java.util.Collection;
import java.util.stream.Collectors;

/** Go %#v renderings that appear inside Kubernetes' detail strings. */
public final class GoValues {
    private GoValues() {
    }

    public static String stringSlice(Collection<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[]string{", "}"));
    }
}
