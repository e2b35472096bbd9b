package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 409 Conflict: the object changed since the version the write named, or a precondition failed. */
public class ConflictException extends KubeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(Status status) {
        super(status);
    }
}
