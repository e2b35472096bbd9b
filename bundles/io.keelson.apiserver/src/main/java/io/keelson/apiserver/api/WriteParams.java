package io.keelson.apiserver.api;

/**
 * The query options of a write: dryRun=All, fieldManager (null: from the caller's user agent),
 * fieldValidation (Ignore, Warn, Strict; null for the default), force (apply only). Warnings the
 * write produces (fieldValidation=Warn) are dropped.
 */
public record WriteParams(boolean dryRun, String fieldManager, String fieldValidation, boolean force) {

    public static final WriteParams DEFAULTS = new WriteParams(false, null, null, false);
}
