package io.keelson.store.etcd.internal;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;
import io.keelson.store.api.ConflictException;
import io.keelson.store.api.KeyExistsException;
import io.keelson.store.api.KeyNotFoundException;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.KeyValueStore;
import io.keelson.store.api.RangeRequest;
import io.keelson.store.api.RangeResult;
import io.keelson.store.api.WriteResult;
import java.util.Optional;

/** Reads and guarded writes, each one etcd request (a Txn for writes, so a failed guard writes nothing). */
final class EtcdKv {

    private final EtcdConnection connection;
    private final Keys keys;
    private final Failures failures;
    private final KV kv;

    EtcdKv(EtcdConnection connection, Keys keys, Failures failures) {
        this.connection = connection;
        this.keys = keys;
        this.failures = failures;
        this.kv = connection.client().getKVClient();
    }

    long revision() {
        GetOption countOnly = GetOption.builder().withCountOnly(true).build();
        return call(kv.get(keys.toEtcd("\0"), countOnly), 0).getHeader().getRevision();
    }

    Optional<KeyValue> get(String key) {
        GetResponse response = call(kv.get(keys.toEtcd(key)), 0);
        return response.getKvs().stream().findFirst().map(keys::toKeyValue);
    }

    RangeResult range(RangeRequest request) {
        String start = request.startKey() != null ? request.startKey() : request.prefix();
        GetOption option = GetOption.builder().withRange(keys.rangeEnd(request.prefix()))
                .withLimit(request.limit()).withRevision(request.revision()).build();
        GetResponse response = call(kv.get(keys.toEtcd(start), option), request.revision());
        long at = request.revision() > 0 ? request.revision() : response.getHeader().getRevision();
        return new RangeResult(response.getKvs().stream().map(keys::toKeyValue).toList(), at, response.isMore(),
                response.getCount());
    }

    WriteResult create(String key, byte[] value, long lease) {
        ByteSequence k = keys.toEtcd(key);
        TxnResponse response = callWithLease(kv.txn().If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.createRevision(0)))
                .Then(Op.put(k, ByteSequence.from(value), PutOption.builder().withLeaseId(lease).build()))
                .commit(), lease);
        if (!response.isSucceeded()) {
            throw new KeyExistsException(key);
        }
        return new WriteResult(response.getHeader().getRevision(), null);
    }

    WriteResult update(String key, byte[] value, long expectedModRevision, long lease) {
        ByteSequence k = keys.toEtcd(key);
        PutOption put = PutOption.builder().withLeaseId(lease).withPrevKV().build();
        TxnResponse response = callWithLease(kv.txn().If(guard(k, expectedModRevision))
                .Then(Op.put(k, ByteSequence.from(value), put)).Else(Op.get(k, GetOption.DEFAULT)).commit(), lease);
        if (!response.isSucceeded()) {
            throw refused(key, expectedModRevision, response);
        }
        KeyValue previous = keys.toPrevious(response.getPutResponses().get(0).getPrevKv());
        return new WriteResult(response.getHeader().getRevision(), previous);
    }

    WriteResult delete(String key, long expectedModRevision) {
        ByteSequence k = keys.toEtcd(key);
        TxnResponse response = call(kv.txn().If(guard(k, expectedModRevision))
                .Then(Op.delete(k, DeleteOption.builder().withPrevKV(true).build()))
                .Else(Op.get(k, GetOption.DEFAULT)).commit(), 0);
        if (!response.isSucceeded()) {
            throw refused(key, expectedModRevision, response);
        }
        var deleted = response.getDeleteResponses().get(0).getPrevKvs();
        KeyValue previous = deleted.isEmpty() ? null : keys.toKeyValue(deleted.get(0));
        return new WriteResult(response.getHeader().getRevision(), previous);
    }

    /** mod-revision == expected; 0 means "any version, but the key must exist". */
    private static Cmp guard(ByteSequence k, long expectedModRevision) {
        return expectedModRevision == 0 ? new Cmp(k, Cmp.Op.GREATER, CmpTarget.createRevision(0))
                : new Cmp(k, Cmp.Op.EQUAL, CmpTarget.modRevision(expectedModRevision));
    }

    private RuntimeException refused(String key, long expected, TxnResponse response) {
        var current = response.getGetResponses().get(0).getKvs();
        if (current.isEmpty()) {
            return new KeyNotFoundException(key);
        }
        return new ConflictException(key, expected, keys.toKeyValue(current.get(0)));
    }

    private <T> T call(java.util.concurrent.CompletableFuture<T> future, long requestedRevision) {
        try {
            return connection.await(future);
        } catch (Throwable t) {
            throw failures.map(t, requestedRevision, KeyValueStore.NO_LEASE);
        }
    }

    private <T> T callWithLease(java.util.concurrent.CompletableFuture<T> future, long lease) {
        try {
            return connection.await(future);
        } catch (Throwable t) {
            throw failures.map(t, 0, lease);
        }
    }
}
