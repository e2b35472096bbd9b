package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.store.api.KeyValueStore;

/**
 * The revision a LIST reads at, from resourceVersion and resourceVersionMatch as Kubernetes reads them
 * (the options are validated before): unset or "0" is the latest (any is allowed, the latest is the
 * freshest); Exact, or a version with a limit and no match (Kubernetes' legacy rule), is that revision,
 * 410 once below the compacted revision; NotOlderThan, or a version alone, is the latest once the store has reached it,
 * waiting a little as Kubernetes' watch cache does, then 504.
 */
final class ListRevision {

    /** How long a list waits for the store to reach a version ahead of it (the watch cache's 3 s). */
    static final long WAIT_MILLIS = 3000;

    private ListRevision() {
    }

    /** 0 for the latest revision, else the revision to read at. */
    static long of(String rv, String match, long limit, String continueToken, KeyValueStore store) {
        if (continueToken != null && !continueToken.isEmpty()) {
            return 0; // the token carries its revision
        }
        if (rv == null || rv.isEmpty() || rv.equals("0")) {
            return 0;
        }
        long wanted = parse(rv);
        boolean exact = "Exact".equals(match) || ((match == null || match.isEmpty()) && limit > 0);
        awaitRevision(store, wanted);
        if (exact) {
            if (wanted < store.compactedRevision()) { // the compacted revision itself is still read, as etcd reads it
                throw Errors.gone("The resourceVersion for the provided list is too old.");
            }
            return wanted;
        }
        return 0; // not older than wanted: the latest is
    }

    /** Returns once the store is at {@code wanted} or beyond; 504 "Too large resource version" after the wait. */
    private static void awaitRevision(KeyValueStore store, long wanted) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        long current = store.revision();
        while (current < wanted) {
            if (System.nanoTime() >= deadline) {
                throw tooLarge(wanted, current);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw tooLarge(wanted, current);
            }
            current = store.revision();
        }
    }

    /** A resourceVersion parameter (list or watch) as a revision; 400 with Kubernetes' wording when it is none. */
    static long parse(String rv) {
        try {
            long v = Long.parseLong(rv);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw Errors.badRequest("resourceVersion: Invalid value: \"" + rv + "\": must be a non-negative integer");
        }
    }

    /** storage.NewTooLargeResourceVersionError: a 504 Timeout with a ResourceVersionTooLarge cause, retry after 1 s. */
    static ApiException tooLarge(long wanted, long current) {
        ObjectNode status = Errors.status(504, "Timeout", "Timeout: Too large resource version: " + wanted + ", current: " + current);
        status.remove("code");
        ObjectNode details = status.putObject("details");
        details.putArray("causes").addObject().put("reason", "ResourceVersionTooLarge").put("message", "Too large resource version");
        details.put("retryAfterSeconds", 1);
        status.put("code", 504);
        return new ApiException(504, status);
    }
}
