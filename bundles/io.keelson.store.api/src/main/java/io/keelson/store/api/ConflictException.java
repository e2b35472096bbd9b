package io.keelson.store.api;

/** A guarded write found a different mod-revision than expected (the API server's 409 Conflict). */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final String key;
    private final long expectedModRevision;
    private final transient KeyValue current;

    public ConflictException(String key, long expectedModRevision, KeyValue current) {
        super("key " + key + " was modified: expected mod revision " + expectedModRevision + ", found "
                + current.modRevision());
        this.key = key;
        this.expectedModRevision = expectedModRevision;
        this.current = current;
    }

    public String key() {
        return key;
    }

    public long expectedModRevision() {
        return expectedModRevision;
    }

    /** The key as it is now. */
    public KeyValue current() {
        return current;
    }
}
