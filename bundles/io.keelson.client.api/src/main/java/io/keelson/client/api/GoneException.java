package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;

/** 410 Gone or Expired: the resourceVersion or continue token is older than the kept history; list again. */
public class GoneException extends KubeException {

    private static final long serialVersionUID = 1L;

    public GoneException(Status status) {
        super(status);
    }
}
