package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 422 Invalid: the object failed validation; {@link #causes()} names the fields. */
public class InvalidException extends KubeException {

    private static final long serialVersionUID = 1L;

    public InvalidException(Status status) {
        super(status);
    }
}
