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
        Lister.Page page = lister.list(path.type(), path.namespace(), labels, fields, limit, ex.query("continue"));
        Responses.list(ex, context, path.type(), page);
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
