package io.keelson.client.api;

import java.util.List;

/**
 * One LIST answer.
 *
 * @param items              the objects, in the server's order (by namespace, then name)
 * @param resourceVersion    the revision the list was read at: watch from it to miss nothing
 * @param continueToken      pass to {@link ListOptions#withContinue} for the next page; null on the last
 * @param remainingItemCount how many objects later pages hold, when the server knows; else null
 */
public record ObjectList<T>(List<T> items, String resourceVersion, String continueToken, Long remainingItemCount) {

    public ObjectList {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return continueToken != null && !continueToken.isEmpty();
    }
}
