package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 404 NotFound: the object does not exist. */
public class NotFoundException extends KubeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Status status) {
        super(status);
    }
}
