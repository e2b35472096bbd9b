package io.keelson.apiserver.internal.local;

import io.keelson.apiserver.api.ResourceKey;
import io.keelson.apiserver.internal.errors.Errors;

/** A ResourceKey as the decoded path an HTTP request for it has, so the router serves both alike. */
final class Paths {

    private Paths() {
    }

    static String of(ResourceKey key) {
        if (key == null) {
            throw LocalRequests.exported(Errors.pathNotFound());
        }
        StringBuilder p = new StringBuilder(key.group() == null || key.group().isEmpty() ? "/api/" : "/apis/" + segment(key.group()) + "/");
        p.append(segment(key.version()));
        if (key.namespace() != null) {
            p.append("/namespaces/").append(segment(key.namespace()));
        }
        p.append('/').append(segment(key.resource()));
        if (key.name() != null) {
            p.append('/').append(segment(key.name()));
        }
        if (key.subresource() != null) {
            if (key.name() == null) {
                throw LocalRequests.exported(Errors.pathNotFound());
            }
            p.append('/').append(segment(key.subresource()));
        }
        return p.toString();
    }

    /** A part that HTTP could not carry as one path segment is a 404 there too. */
    private static String segment(String s) {
        if (s == null || s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0) {
            throw LocalRequests.exported(Errors.pathNotFound());
        }
        return s;
    }
}
