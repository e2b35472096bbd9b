package io.keelson.store.api;

/** An update or delete found no such key (the API server's 404 NotFound). */
public class KeyNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public KeyNotFoundException(String key) {
        super("key " + key + " not found");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
