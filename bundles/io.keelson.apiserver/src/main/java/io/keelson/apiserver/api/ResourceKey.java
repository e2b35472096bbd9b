package io.keelson.apiserver.api;

/**
 * Which resource: group "" for the core group; namespace null for cluster-scoped types or across all
 * namespaces; name null for the collection; subresource null for the object itself.
 */
public record ResourceKey(String group, String version, String resource, String namespace, String name, String subresource) {

    public static ResourceKey collection(String group, String version, String resource, String namespace) {
        return new ResourceKey(group, version, resource, namespace, null, null);
    }

    public ResourceKey named(String objectName) {
        return new ResourceKey(group, version, resource, namespace, objectName, subresource);
    }

    public ResourceKey withSubresource(String sub) {
        return new ResourceKey(group, version, resource, namespace, name, sub);
    }
}
