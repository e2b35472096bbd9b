package io.keelson.fuzz;

import java.util.List;

/** JSON pointers of objects (not maps) in a kind's schema, where an unknown field is unknown. Empty string is the root. */
final class UnknownPlaces {

    private UnknownPlaces() {
    }

    static List<String> forKind(Kind k) {
        if (k == Kind.POD) {
            return List.of("", "/metadata", "/spec", "/spec/containers/0", "/spec/containers/0/resources", "/spec/securityContext");
        }
        if (k == Kind.DEPLOYMENT) {
            return List.of("", "/metadata", "/spec", "/spec/template", "/spec/template/spec", "/spec/template/spec/containers/0", "/spec/selector",
                    "/spec/strategy");
        }
        if (k == Kind.JOB) {
            return List.of("", "/metadata", "/spec", "/spec/template/spec/containers/0");
        }
        if (k == Kind.SERVICE) {
            return List.of("", "/metadata", "/spec", "/spec/ports/0");
        }
        if (k == Kind.ROLE) {
            return List.of("", "/metadata", "/rules/0");
        }
        if (k == Kind.NAMESPACE) {
            return List.of("", "/metadata", "/spec");
        }
        return List.of("", "/metadata");
    }
}
