package io.keelson.apiserver.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A failed request: the {@code Status} body and code the HTTP path would answer. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int code;
    private final transient ObjectNode status;

    public ApiException(int code, ObjectNode status) {
        super(status.path("message").asText());
        this.code = code;
        this.status = status;
    }

    /** The HTTP status code: 404, 409, 422, ... */
    public int code() {
        return code;
    }

    /** The Status tree: kind, apiVersion, status Failure, message, reason, details, code. */
    public ObjectNode status() {
        return status;
    }
}
