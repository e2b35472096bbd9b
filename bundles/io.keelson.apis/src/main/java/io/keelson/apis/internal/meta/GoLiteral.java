package io.keelson.apis.internal.meta;

/** A bad value that Kubernetes prints with Go's %#v (structs, nil maps): rendered verbatim. */
public record GoLiteral(String text) {
    @Override
    public String toString() {
        return text;
    }
}
