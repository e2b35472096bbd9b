package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 409 AlreadyExists: a create found the name taken. */
public class AlreadyExistsException extends KubeException {

    private static final long serialVersionUID = 1L;

    public AlreadyExistsException(Status status) {
        super(status);
    }
}
