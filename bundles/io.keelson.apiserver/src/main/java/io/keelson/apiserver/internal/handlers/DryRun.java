package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;

/** {@code ?dryRun=All}: run every check, store nothing. */
final class DryRun {

    private DryRun() {
    }

    /** Every dryRun value must be "All" (422 on the request's options kind, as Kubernetes' ValidateDryRun words it). */
    static boolean requested(Exchange ex, String optionsKind) {
        java.util.List<String> values = ex.queryValues("dryRun");
        boolean any = false;
        for (String v : values) {
            if (v.isEmpty()) {
                continue;
            }
            if (!v.equals("All")) {
                throw Errors.invalid(optionsKind, "meta.k8s.io", "", java.util.List.of(new Errors.Cause("FieldValueNotSupported", "dryRun",
                        "Unsupported value: \"" + v + "\": supported values: \"All\"")));
            }
            any = true;
        }
        return any;
    }
}
