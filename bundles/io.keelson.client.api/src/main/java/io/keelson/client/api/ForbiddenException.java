package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 403 Forbidden: the request is not allowed. */
public class ForbiddenException extends KubeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Status status) {
        super(status);
    }
}
