package io.keelson.apiserver.internal.patch;

/** A patch that cannot be applied (bad document, failed test op, missing path). */
public class PatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PatchException(String message) {
        super(message);
    }
}
