package io.keelson.client.api.cache;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collection;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists then watches one resource from the last seen resourceVersion, reconnecting when a watch
 * ends and listing again when the server answers 410 Gone; keeps the result in an indexed cache and
 * tells handlers about every change (and, with a resync period, redelivers every cached object as
 * an update). Each handler has its own thread, so a slow one delays only itself.
 */
@ProviderType
public interface SharedInformer<T extends HasMetadata> extends AutoCloseable {

    /** The index of objects by namespace, always present. */
    String NAMESPACE_INDEX = "namespace";

    /** A handler's registration. */
    @ProviderType
    interface Registration {
        /** True once the handler has been given every object of the first list. */
        boolean hasSynced();

        /** Stops deliveries to the handler. */
        void remove();
    }

    /**
     * Adds a handler. It is first given every cached object as an add (with isInInitialList), then
     * every change; safe before and after {@link #start()}.
     */
    Registration addEventHandler(ResourceEventHandler<T> handler);

    /** Adds an index: {@code function} gives the values an object is indexed under. Only before {@link #start()}. */
    void addIndexer(String name, Function<T, Collection<String>> function);

    /** The local cache; empty until the first list arrived. */
    Lister<T> lister();

    /** Starts listing and watching in the background; returns at once. */
    void start();

    /** True once the first list is in the cache. */
    boolean hasSynced();

    /** The resourceVersion of the last list, event or bookmark seen; "" before the first list. */
    String lastSyncResourceVersion();

    /** Stops watching and delivering; the cache keeps its last state. */
    @Override
    void close();
}
