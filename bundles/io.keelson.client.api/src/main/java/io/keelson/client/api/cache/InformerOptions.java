package io.keelson.client.api.cache;

import java.time.Duration;

/**
 * What an informer watches and how.
 *
 * @param namespace     one namespace, or null for all
 * @param labelSelector null for all
 * @param fieldSelector null for all
 * @param resyncPeriod  how often every cached object is redelivered as an update; ZERO for never
 * @param pageSize      list page size (limit); 0 lists in one request
 */
public record InformerOptions(String namespace, String labelSelector, String fieldSelector, Duration resyncPeriod, long pageSize) {

    public static final InformerOptions ALL = new InformerOptions(null, null, null, Duration.ZERO, 500);

    public InformerOptions withNamespace(String ns) {
        return new InformerOptions(ns, labelSelector, fieldSelector, resyncPeriod, pageSize);
    }

    public InformerOptions withLabelSelector(String selector) {
        return new InformerOptions(namespace, selector, fieldSelector, resyncPeriod, pageSize);
    }

    public InformerOptions withFieldSelector(String selector) {
        return new InformerOptions(namespace, labelSelector, selector, resyncPeriod, pageSize);
    }

    public InformerOptions withResyncPeriod(Duration period) {
        return new InformerOptions(namespace, labelSelector, fieldSelector, period, pageSize);
    }

    public InformerOptions withPageSize(long size) {
        return new InformerOptions(namespace, labelSelector, fieldSelector, resyncPeriod, size);
    }
}
