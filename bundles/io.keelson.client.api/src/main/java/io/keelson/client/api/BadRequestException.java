package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 400 BadRequest: malformed request (selector, body, parameters). */
public class BadRequestException extends KubeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(Status status) {
        super(status);
    }
}
