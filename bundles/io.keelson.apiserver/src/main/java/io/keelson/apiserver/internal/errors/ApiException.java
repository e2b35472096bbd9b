package io.keelson.apiserver.internal.errors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A failure that becomes a Kubernetes {@code Status} body with its HTTP code. It is the exported
 * {@link io.keelson.apiserver.api.ApiException} (same code and Status tree), as a class of its own so
 * the server's code catches only the failures it raised itself.
 */
public class ApiException extends io.keelson.apiserver.api.ApiException {

    private static final long serialVersionUID = 1L;

    public ApiException(int code, ObjectNode status) {
        super(code, status);
    }
}
