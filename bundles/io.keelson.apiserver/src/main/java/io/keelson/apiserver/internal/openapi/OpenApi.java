package io.keelson.apiserver.internal.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /openapi/v3} (index and per group-version documents, each named with a hash of its content as
 * Kubernetes does) and {@code /openapi/v2} as JSON. The documents are built once, on first use.
 * The v2 document is not offered as gnostic protobuf, the only form kubectl asks for; kubectl then goes
 * on without it (apply and explain use v3).
 */
public final class OpenApi {

    private final Documents documents;
    private volatile Map<String, byte[]> v3;
    private volatile byte[] v2;

    public OpenApi(ResourceRegistry registry) {
        this.documents = new Documents(registry);
    }

    public void serve(Exchange ex, String[] segs) {
        if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
            throw Errors.methodNotAllowed();
        }
        if (segs.length == 2 && segs[1].equals("v2")) {
            String accept = ex.header("Accept");
            if (accept != null && !accept.contains("json") && !accept.contains("*/*")) {
                throw new ApiException(406, Errors.status(406, "NotAcceptable", "only the following media types are accepted: application/json"));
            }
            ex.bytes(200, "application/json", v2());
            return;
        }
        if (segs.length < 2 || !segs[1].equals("v3")) {
            throw Errors.pathNotFound();
        }
        Map<String, byte[]> docs = v3();
        if (segs.length == 2) {
            ObjectNode paths = Json.object();
            docs.forEach((gv, bytes) -> paths.putObject(gv).put("serverRelativeURL", "/openapi/v3/" + gv + "?hash=" + hash(bytes)));
            ObjectNode root = Json.object();
            root.set("paths", paths);
            ex.json(200, root);
            return;
        }
        byte[] doc = docs.get(String.join("/", java.util.Arrays.copyOfRange(segs, 2, segs.length)));
        if (doc == null) {
            throw Errors.pathNotFound();
        }
        ex.bytes(200, "application/json", doc);
    }

    private Map<String, byte[]> v3() {
        Map<String, byte[]> docs = v3;
        if (docs == null) {
            docs = new LinkedHashMap<>();
            for (String gv : documents.groupVersions()) {
                String[] p = gv.split("/");
                docs.put(gv, Json.bytes(gv.equals("api/v1") ? documents.v3("", "v1") : documents.v3(p[1], p[2])));
            }
            v3 = docs;
        }
        return docs;
    }

    private byte[] v2() {
        byte[] doc = v2;
        if (doc == null) {
            doc = Json.bytes(documents.v2());
            v2 = doc;
        }
        return doc;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
