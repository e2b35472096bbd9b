package io.keelson.apiserver.internal.errors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A failure that becomes a Kubernetes {@code Status} body with its HTTP code. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int code;
    private final transient ObjectNode status;

    public ApiException(int code, ObjectNode status) {
        super(status.path("message").asText());
        this.code = code;
        this.status = status;
    }

    public int code() {
        return code;
    }

    public ObjectNode status() {
        return status;
    }
}
