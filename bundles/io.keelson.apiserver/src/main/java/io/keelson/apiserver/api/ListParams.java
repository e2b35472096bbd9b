package io.keelson.apiserver.api;

/**
 * ListOptions, as Kubernetes' query parameters; null, 0 and false leave a parameter out.
 *
 * @param sendInitialEvents null leaves it out (it must be absent unless resourceVersionMatch is NotOlderThan)
 */
public record ListParams(String labelSelector, String fieldSelector, long limit, String continueToken, String resourceVersion,
        String resourceVersionMatch, long timeoutSeconds, boolean allowWatchBookmarks, Boolean sendInitialEvents) {

    public static final ListParams ALL = new ListParams(null, null, 0, null, null, null, 0, false, null);
}
