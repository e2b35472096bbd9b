package io.keelson.client.api.support;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The namespace a typed client works in (null: all namespaces) and the rules every transport applies
 * before it makes a request, so a call is refused alike whichever transport would carry it.
 */
public record ResourceScope(Class<? extends HasMetadata> type, boolean namespaced, String namespace) {

    public ResourceScope inNamespace(String ns) {
        if (!namespaced) {
            throw new IllegalArgumentException(type.getSimpleName() + " is cluster-scoped");
        }
        return new ResourceScope(type, true, requireText(ns, "namespace"));
    }

    public ResourceScope inAnyNamespace() {
        return namespace == null ? this : new ResourceScope(type, namespaced, null);
    }

    /** By-name calls of a namespaced type need the client's namespace. */
    public String namedNamespace() {
        if (namespaced && namespace == null) {
            throw new IllegalStateException(type.getSimpleName() + " is namespaced: use inNamespace(...) first");
        }
        return namespace;
    }

    /** The namespace an object is written to: the client's, else its own; null for a cluster-scoped type. */
    public String objectNamespace(HasMetadata object) {
        if (!namespaced) {
            return null;
        }
        String own = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        String ns = namespace != null ? namespace : own;
        if (ns == null || ns.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is namespaced: set metadata.namespace or use inNamespace(...)");
        }
        return ns;
    }

    public static String name(HasMetadata object) {
        return object.getMetadata() == null ? null : object.getMetadata().getName();
    }

    public static String requireText(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }

    /** A name or namespace that cannot be one URL path segment is refused; null passes. */
    public static String segment(String s) {
        if (s != null && (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/"))) {
            throw new IllegalArgumentException("not a valid name for a URL segment: '" + s + "'");
        }
        return s;
    }
}
