package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.http.ApiPath;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.select.FieldSelector;
import io.keelson.apiserver.internal.select.LabelSelector;
import io.keelson.apiserver.internal.table.TableConverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A watch's query, checked as Kubernetes checks ListOptions for a watch (422 {@code ListOptions.meta.k8s.io}).
 *
 * @param from          the revision to start after; -1 to start with the current objects as ADDED events
 * @param initialEvents sendInitialEvents=true: current objects, then a BOOKMARK marked {@code k8s.io/initial-events-end}
 */
record WatchRequest(ApiPath path, LabelSelector labels, FieldSelector fields, long from, boolean initialEvents, boolean bookmarks,
        Duration timeout, boolean table, String includeObject) {

    static WatchRequest parse(Exchange ex, ApiPath path, Duration defaultTimeout) {
        LabelSelector labels = LabelSelector.parse(ex.query("labelSelector"));
        String fieldText = ex.query("fieldSelector");
        if (path.name() != null) {
            fieldText = (fieldText == null || fieldText.isEmpty() ? "" : fieldText + ",") + "metadata.name=" + path.name();
        }
        FieldSelector fields = FieldSelector.parse(fieldText, path.type());
        String send = ex.query("sendInitialEvents");
        String match = ex.query("resourceVersionMatch");
        boolean bookmarks = ex.queryFlag("allowWatchBookmarks");
        List<Cause> causes = new ArrayList<>();
        if (send != null && !"NotOlderThan".equals(match)) {
            causes.add(new Cause("FieldValueForbidden", "resourceVersionMatch",
                    "Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"));
        }
        if (match != null && !match.isEmpty()) {
            if (send == null) {
                causes.add(new Cause("FieldValueForbidden", "resourceVersionMatch",
                        "Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"));
            }
            if (!match.equals("NotOlderThan")) {
                causes.add(new Cause("FieldValueNotSupported", "resourceVersionMatch", "Unsupported value: \"" + match
                        + "\": supported values: \"NotOlderThan\""));
            }
            if (!bookmarks) {
                causes.add(new Cause("FieldValueForbidden", "allowWatchBookmarks",
                        "Forbidden: allowWatchBookmarks must be set to true when sendInitialEvents is provided"));
            }
        }
        if (!causes.isEmpty()) {
            throw Errors.invalid("ListOptions", "meta.k8s.io", "", causes);
        }
        boolean initial = Exchange.flag(send);
        String rv = ex.query("resourceVersion");
        long from = initial || rv == null || rv.isEmpty() || rv.equals("0") ? -1 : ListRevision.parse(rv);
        if (send != null && !initial && (rv == null || rv.isEmpty() || rv.equals("0"))) {
            from = -2; // sendInitialEvents=false without a version: from now on
        }
        return new WatchRequest(path, labels, fields, from, initial, bookmarks, timeout(ex.query("timeoutSeconds"), defaultTimeout),
                TableConverter.wanted(ex.header("Accept")), ex.query("includeObject"));
    }

    private static Duration timeout(String seconds, Duration base) {
        if (seconds != null && !seconds.isEmpty()) {
            try {
                long s = Long.parseLong(seconds);
                if (s > 0) {
                    return Duration.ofSeconds(s);
                }
            } catch (NumberFormatException e) {
                throw Errors.badRequest("timeoutSeconds: Invalid value: \"" + seconds + "\": must be an integer");
            }
        }
        // like Kubernetes: min-request-timeout, randomised up to twice it so watches do not all end together
        long b = base.toSeconds();
        return Duration.ofSeconds(b + ThreadLocalRandom.current().nextLong(Math.max(1, b)));
    }
}
