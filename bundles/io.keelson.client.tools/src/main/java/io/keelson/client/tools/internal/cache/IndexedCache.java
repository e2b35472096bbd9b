package io.keelson.client.tools.internal.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.keelson.client.api.cache.Lister;
import io.keelson.client.api.cache.SharedInformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** An informer's store (client-go's threadSafeStore): objects by key, plus indexes of keys by value. */
final class IndexedCache<T extends HasMetadata> implements Lister<T> {

    private final Map<String, T> items = new TreeMap<>();
    private final Map<String, Function<T, Collection<String>>> indexers = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> indices = new HashMap<>();

    IndexedCache() {
        addIndexer(SharedInformer.NAMESPACE_INDEX, o -> {
            String ns = o.getMetadata().getNamespace();
            return ns == null ? List.of() : List.of(ns);
        });
    }

    synchronized void addIndexer(String name, Function<T, Collection<String>> function) {
        if (indexers.containsKey(name)) {
            throw new IllegalArgumentException("index " + name + " exists");
        }
        indexers.put(name, function);
        Map<String, Set<String>> index = new HashMap<>();
        indices.put(name, index);
        items.forEach((key, o) -> function.apply(o).forEach(v -> index.computeIfAbsent(v, x -> new HashSet<>()).add(key)));
    }

    /** Stores the object; returns the one it replaced, or null. */
    synchronized T put(T object) {
        String key = Lister.keyOf(object);
        T old = items.put(key, object);
        if (old != null) {
            unindex(key, old);
        }
        indexers.forEach((name, f) -> f.apply(object).forEach(v -> indices.get(name).computeIfAbsent(v, x -> new HashSet<>()).add(key)));
        return old;
    }

    /** Removes the object under the key; returns it, or null. */
    synchronized T remove(String key) {
        T old = items.remove(key);
        if (old != null) {
            unindex(key, old);
        }
        return old;
    }

    private void unindex(String key, T object) {
        indexers.forEach((name, f) -> {
            Map<String, Set<String>> index = indices.get(name);
            for (String v : f.apply(object)) {
                Set<String> keys = index.get(v);
                if (keys != null && keys.remove(key) && keys.isEmpty()) {
                    index.remove(v);
                }
            }
        });
    }

    @Override
    public synchronized List<T> list() {
        return new ArrayList<>(items.values());
    }

    @Override
    public List<T> list(String namespace) {
        return byIndex(SharedInformer.NAMESPACE_INDEX, namespace);
    }

    @Override
    public Optional<T> get(String namespace, String name) {
        return getByKey(namespace == null || namespace.isEmpty() ? name : namespace + "/" + name);
    }

    @Override
    public synchronized Optional<T> getByKey(String key) {
        return Optional.ofNullable(items.get(key));
    }

    @Override
    public synchronized List<String> keys() {
        return new ArrayList<>(items.keySet());
    }

    @Override
    public synchronized List<T> byIndex(String indexName, String value) {
        Map<String, Set<String>> index = indices.get(indexName);
        if (index == null) {
            throw new IllegalArgumentException("no index " + indexName);
        }
        return index.getOrDefault(value, Set.of()).stream().sorted().map(items::get).toList();
    }
}
