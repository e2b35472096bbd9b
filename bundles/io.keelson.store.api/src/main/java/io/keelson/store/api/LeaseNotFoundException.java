package io.keelson.store.api;

/** A lease expired or was revoked. */
public class LeaseNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final long lease;

    public LeaseNotFoundException(long lease) {
        super("lease " + lease + " not found (expired or revoked)");
        this.lease = lease;
    }

    public long lease() {
        return lease;
    }
}
