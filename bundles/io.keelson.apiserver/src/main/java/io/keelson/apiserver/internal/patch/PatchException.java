package io.keelson.apiserver.internal.patch;

/** A patch that cannot be applied (bad document, failed test op, missing path). */
public class PatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean badFormat;

    public PatchException(String message) {
        this(message, false);
    }

    private PatchException(String message, boolean badFormat) {
        super(message);
        this.badFormat = badFormat;
    }

    /** A malformed strategic merge directive: Kubernetes answers these 400 (mergepatch.ErrBadPatchFormatFor...). */
    public static PatchException badFormat(String message) {
        return new PatchException(message, true);
    }

    public boolean isBadFormat() {
        return badFormat;
    }
}
