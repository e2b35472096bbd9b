package io.keelson.store.api;

/** The store cannot be reached or cannot write (disk, network, quorum). Retrying later may succeed. */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
