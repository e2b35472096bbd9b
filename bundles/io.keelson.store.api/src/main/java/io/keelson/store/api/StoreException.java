package io.keelson.store.api;

/** Base of every store failure. The message says what went wrong and, where a user can act, what to do. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
