package io.keelson.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request.
 *
 * @param index        its place in the run: with the seed, all it takes to regenerate it
 * @param method       the HTTP method, possibly nonsense
 * @param path         path and query, already percent-encoded where it has to be
 * @param contentType  null sends none
 * @param body         null sends none
 * @param chunked      send the body without a Content-Length
 * @param mustReject   Kubernetes rejects this request (4xx); a 2xx is a finding
 * @param creates      the object this request would create if it were accepted, or null
 * @param dryRun       nothing it does may be persisted even when it succeeds
 * @param why          what is wrong with it, for the report
 */
record Req(int index, Category category, String method, String path, String contentType, byte[] body, boolean chunked, boolean mustReject,
        Created creates, boolean dryRun, String why) {

    /** An object a create would make: used to prove that rejected and dry-run creates left nothing behind. */
    record Created(Kind kind, String namespace, String name) {
    }

    static Req of(int index, Category category, String method, String path, String contentType, String body, boolean mustReject, String why) {
        return new Req(index, category, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), false, mustReject,
                null, false, why);
    }

    Req creating(Kind kind, String namespace, String name) {
        return new Req(index, category, method, path, contentType, body, chunked, mustReject, new Created(kind, kind.namespaced() ? namespace : null,
                name), dryRun, why);
    }

    Req sentChunked() {
        return new Req(index, category, method, path, contentType, body, true, mustReject, creates, dryRun, why);
    }

    Req asDryRun() {
        return new Req(index, category, method, path, contentType, body, chunked, mustReject, creates, true, why);
    }

    /** Method, path, content type and the start of the body: enough to reproduce it by hand. */
    String describe() {
        String b = body == null ? "" : new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8).replace("\n", "\\n");
        return "#" + index + " [" + category + "] " + method + " " + path + (contentType == null ? "" : " (" + contentType + ")")
                + (body == null ? "" : " body[" + body.length + "]=" + b) + " -- " + why;
    }
}
