package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;

/** GET of one object and LIST of a collection (in one namespace or across all). */
public final class ReadHandler {

    private final Context context;
    private final Lister lister;

    public ReadHandler(Context context) {
        this.context = context;
        this.lister = new Lister(context.storage());
    }

    public void get(Exchange ex, ApiPath path) {
        if (!path.type().supports("get")) {
            throw Errors.methodNotAllowed();
        }
        if (path.subresource() != null && !path.subresource().equals("status")) {
            throw Errors.pathNotFound();
        }
        var stored = context.storage().require(path.type(), path.namespace(), path.name());
        Responses.object(ex, context, path.type(), 200, stored.object());
    }

    public void list(Exchange ex, ApiPath path) {
        if (!path.type().supports("list")) {
            throw Errors.methodNotAllowed();
        }
        LabelSelector labels = LabelSelector.parse(ex.query("labelSelector"));
        FieldSelector fields = FieldSelector.parse(ex.query("fieldSelector"), path.type());
        long limit = parseLimit(ex.query("limit"));
        checkListOptions(ex);
        long revision = ListRevision.of(ex.query("resourceVersion"), ex.query("resourceVersionMatch"), limit, ex.query("continue"),
                context.storage().store());
        ListBody.write(ex, context, lister, path.type(), new ListBody.Query(path.namespace(), labels, fields, limit, ex.query("continue"),
                revision));
    }

    /** ValidateListOptions for a list, and the storage's refusal of a resourceVersion beside a continue token. */
    private static void checkListOptions(Exchange ex) {
        String rv = ex.query("resourceVersion");
        String match = ex.query("resourceVersionMatch");
        String cont = ex.query("continue");
        java.util.List<io.keelson.apiserver.internal.errors.Errors.Cause> causes = new java.util.ArrayList<>();
        if (match != null && !match.isEmpty()) {
            if (rv == null || rv.isEmpty()) {
                causes.add(new io.keelson.apiserver.internal.errors.Errors.Cause("FieldValueForbidden", "resourceVersionMatch",
                        "Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided"));
            }
            if (cont != null && !cont.isEmpty()) {
                causes.add(new io.keelson.apiserver.internal.errors.Errors.Cause("FieldValueForbidden", "resourceVersionMatch",
                        "Forbidden: resourceVersionMatch is forbidden when continue is provided"));
            }
            if (!match.equals("Exact") && !match.equals("NotOlderThan")) {
                causes.add(new io.keelson.apiserver.internal.errors.Errors.Cause("FieldValueNotSupported", "resourceVersionMatch",
                        "Unsupported value: \"" + match + "\": supported values: \"Exact\", \"NotOlderThan\""));
            } else if ("Exact".equals(match) && "0".equals(rv)) {
                causes.add(new io.keelson.apiserver.internal.errors.Errors.Cause("FieldValueForbidden", "resourceVersionMatch",
                        "Forbidden: resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""));
            }
        }
        if (!causes.isEmpty()) {
            throw Errors.invalid("ListOptions", "meta.k8s.io", "", causes);
        }
        if (cont != null && !cont.isEmpty() && rv != null && !rv.isEmpty() && !rv.equals("0")) {
            throw Errors.badRequest("specifying resource version is not allowed when using continue");
        }
    }

    static long parseLimit(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw Errors.badRequest("limit: Invalid value: \"" + text + "\": must be an integer");
        }
    }
}
