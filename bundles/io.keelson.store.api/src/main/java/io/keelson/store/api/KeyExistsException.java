package io.keelson.store.api;

/** A create found the key already there (the API server's 409 AlreadyExists). */
public class KeyExistsException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public KeyExistsException(String key) {
        super("key " + key + " already exists");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
