package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 401 Unauthorized: no valid credentials. */
public class UnauthorizedException extends KubeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(Status status) {
        super(status);
    }
}
