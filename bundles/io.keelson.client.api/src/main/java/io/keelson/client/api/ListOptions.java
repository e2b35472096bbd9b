package io.keelson.client.api;

/**
 * What LIST and WATCH select, as Kubernetes' query parameters.
 *
 * @param labelSelector       e.g. {@code app=web,tier in (a,b),!canary}; null for all
 * @param fieldSelector       e.g. {@code metadata.name=x,spec.nodeName=n1}; null for all
 * @param limit               page size for LIST; 0 for everything
 * @param continueToken       the token of the previous page
 * @param resourceVersion     WATCH: stream changes after it; LIST: passed through
 * @param timeoutSeconds      WATCH: ask the server to end it after this long; 0 for the server's default
 * @param allowBookmarks      WATCH: ask for BOOKMARK events
 */
public record ListOptions(String labelSelector, String fieldSelector, long limit, String continueToken, String resourceVersion,
        long timeoutSeconds, boolean allowBookmarks) {

    public static final ListOptions ALL = new ListOptions(null, null, 0, null, null, 0, false);

    public static ListOptions labels(String selector) {
        return ALL.withLabelSelector(selector);
    }

    public static ListOptions fields(String selector) {
        return ALL.withFieldSelector(selector);
    }

    public ListOptions withLabelSelector(String selector) {
        return new ListOptions(selector, fieldSelector, limit, continueToken, resourceVersion, timeoutSeconds, allowBookmarks);
    }

    public ListOptions withFieldSelector(String selector) {
        return new ListOptions(labelSelector, selector, limit, continueToken, resourceVersion, timeoutSeconds, allowBookmarks);
    }

    public ListOptions withLimit(long pageSize) {
        return new ListOptions(labelSelector, fieldSelector, pageSize, continueToken, resourceVersion, timeoutSeconds, allowBookmarks);
    }

    public ListOptions withContinue(String token) {
        return new ListOptions(labelSelector, fieldSelector, limit, token, resourceVersion, timeoutSeconds, allowBookmarks);
    }

    public ListOptions withResourceVersion(String version) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, version, timeoutSeconds, allowBookmarks);
    }

    public ListOptions withTimeoutSeconds(long seconds) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, resourceVersion, seconds, allowBookmarks);
    }

    public ListOptions withBookmarks(boolean allow) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, resourceVersion, timeoutSeconds, allow);
    }
}
