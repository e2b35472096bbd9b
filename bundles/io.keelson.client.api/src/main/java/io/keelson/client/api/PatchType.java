package io.keelson.client.api;

/** The patch formats, by the content type the server expects. */
public enum PatchType {
    /** RFC 6902: a list of operations. */
    JSON("application/json-patch+json"),
    /** RFC 7386: a partial object; null removes, lists are replaced. */
    MERGE("application/merge-patch+json"),
    /** Kubernetes' strategic merge: lists merged by their patch merge keys. */
    STRATEGIC_MERGE("application/strategic-merge-patch+json");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
