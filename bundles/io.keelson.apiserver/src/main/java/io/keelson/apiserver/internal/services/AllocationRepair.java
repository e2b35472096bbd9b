package io.keelson.apiserver.internal.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import java.util.HashSet;
import java.util.Set;

/**
 * Releases allocations no service holds (a deletion the server did not see through, a create that
 * failed after allocating). A key is released only when two runs in a row found it unheld, so a
 * service being created between its allocation and its write keeps its address, as with
 * Kubernetes' repair loops.
 */
public final class AllocationRepair implements Runnable {

    private static final System.Logger LOG = System.getLogger(AllocationRepair.class.getName());
    private final KeyValueStore store;
    private Set<String> suspects = new HashSet<>();

    public AllocationRepair(KeyValueStore store) {
        this.store = store;
    }

    @Override
    public synchronized void run() {
        try {
            Set<String> held = new HashSet<>();
            for (KeyValue kv : store.range(RangeRequest.prefix("/registry/core/services/")).kvs()) {
                ObjectNode svc = ObjectStorage.decode(kv).object();
                held.add(ServiceAllocator.IPS + Json.text(svc, "spec.clusterIP", ""));
                for (JsonNode p : svc.path("spec").path("ports")) {
                    held.add(ServiceAllocator.PORTS + p.path("nodePort").asInt(0));
                }
            }
            Set<String> unheld = new HashSet<>();
            for (String prefix : new String[] {ServiceAllocator.IPS, ServiceAllocator.PORTS}) {
                for (KeyValue kv : store.range(RangeRequest.prefix(prefix)).kvs()) {
                    if (!held.contains(kv.key())) {
                        unheld.add(kv.key());
                    }
                }
            }
            for (String key : unheld) {
                if (suspects.contains(key)) {
                    try {
                        store.delete(key, 0);
                    } catch (KeyNotFoundException e) {
                        // gone already
                    }
                }
            }
            suspects = unheld;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "repairing service allocations failed; next run retries: " + e);
        }
    }
}
