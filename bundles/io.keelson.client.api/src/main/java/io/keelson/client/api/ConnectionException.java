package io.keelson.client.api;

/** The server could not be reached or the connection broke; {@link #code()} is 0. Retrying may help. */
public class ConnectionException extends KubeException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(status(0, "ConnectionFailed", message), cause);
    }
}
