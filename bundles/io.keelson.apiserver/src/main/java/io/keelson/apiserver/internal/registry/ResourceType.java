package io.keelson.apiserver.internal.registry;

import java.util.List;

/**
 * One served resource, as discovery describes it, plus what the server needs to store and check it.
 *
 * @param group        API group, "" for core
 * @param version      version ("v1", "v2")
 * @param kind         kind ("Pod")
 * @param plural       resource name in URLs ("pods")
 * @param singular     singular name ("pod")
 * @param namespaced   whether objects live in namespaces
 * @param shortNames   kubectl's short names ("po")
 * @param verbs        verbs discovery lists
 * @param categories   categories ("all")
 * @param modelClass   the fabric8 class that validates bodies; null for virtual (review) types
 * @param nameRule     how metadata.name is validated
 * @param traits       behaviour switches
 */
public record ResourceType(String group, String version, String kind, String plural, String singular, boolean namespaced,
        List<String> shortNames, List<String> verbs, List<String> categories, Class<?> modelClass, NameRule nameRule,
        List<Trait> traits) {

    /** Behaviour that differs between types. */
    public enum Trait {
        /** Has the scale subresource (autoscaling/v1 Scale over spec.replicas). */
        SCALE,
        /** DELETE answers with the deleted object rather than a Success Status. */
        RETURNS_DELETED_OBJECT,
        /** A create-only review: nothing is stored, the answer is computed. */
        VIRTUAL,
        /** Has a status subresource: PUT/PATCH of the object keeps the status, /status changes only it. */
        STATUS
    }

    public enum NameRule { DNS1123_SUBDOMAIN, DNS1123_LABEL, DNS1035_LABEL, PATH_SEGMENT }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public String listKind() {
        return kind + "List";
    }

    /** "pods", "deployments.apps": how Kubernetes names a resource in error messages. */
    public String qualifiedPlural() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /** The storage group segment: "core" for the core group. */
    public String storageGroup() {
        return group.isEmpty() ? "core" : group;
    }

    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    public boolean supports(String verb) {
        return verbs.contains(verb);
    }
}
