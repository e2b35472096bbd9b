package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;

/** {@code ?dryRun=All}: run every check, store nothing. */
final class DryRun {

    private DryRun() {
    }

    static boolean requested(Exchange ex) {
        String v = ex.query("dryRun");
        if (v == null || v.isEmpty()) {
            return false;
        }
        if (!v.equals("All")) {
            throw Errors.badRequest("dryRun: Unsupported value: \"" + v + "\": supported values: \"All\"");
        }
        return true;
    }
}
