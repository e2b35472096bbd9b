package io.keelson.client.http.internal;

import io.keelson.client.api.ListOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** ListOptions as a query string. */
final class Query {

    private Query() {
    }

    static String of(ListOptions o, boolean watch) {
        StringBuilder q = new StringBuilder();
        if (watch) {
            add(q, "watch", "true");
            if (o.allowBookmarks()) {
                add(q, "allowWatchBookmarks", "true");
            }
            if (o.timeoutSeconds() > 0) {
                add(q, "timeoutSeconds", Long.toString(o.timeoutSeconds()));
            }
        } else {
            if (o.limit() > 0) {
                add(q, "limit", Long.toString(o.limit()));
            }
            add(q, "continue", o.continueToken());
        }
        add(q, "labelSelector", o.labelSelector());
        add(q, "fieldSelector", o.fieldSelector());
        add(q, "resourceVersion", o.resourceVersion());
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        q.append(q.length() == 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
