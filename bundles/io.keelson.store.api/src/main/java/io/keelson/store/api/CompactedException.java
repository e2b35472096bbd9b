package io.keelson.store.api;

/** A read or watch asked for history that compaction discarded (the API server's 410 Gone). */
public class CompactedException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final long requestedRevision;
    private final long compactedRevision;

    public CompactedException(long requestedRevision, long compactedRevision) {
        super("revision " + requestedRevision + " has been compacted (compacted up to " + compactedRevision
                + "); start again from a current revision");
        this.requestedRevision = requestedRevision;
        this.compactedRevision = compactedRevision;
    }

    public long requestedRevision() {
        return requestedRevision;
    }

    public long compactedRevision() {
        return compactedRevision;
    }
}
