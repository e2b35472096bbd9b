package io.keelson.benchmarks.api;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The closed- and open-loop API requests: create a new pod, get one of {@code n} pods, update the
 * client's own pod (a conditional PUT with the last resourceVersion, changing an annotation),
 * list a namespace of {@code n} pods.
 */
final class ApiOps {

    static final String LIST_NS = "bench-list";
    static final String RW_NS = "bench-rw";
    static final String UPDATE_NS = "bench-update";
    static final String CREATE_NS = "bench-create";

    private final Http http;
    private final Failures failures;
    private final String phase;

    ApiOps(Http http, Failures failures, String phase) {
        this.http = http;
        this.failures = failures;
        this.phase = phase;
    }

    static String pods(String ns) {
        return "/api/v1/namespaces/" + ns + "/pods";
    }

    Load.AsyncOp create(String tag) {
        return (client, seq, done) -> {
            String name = tag + "-" + client + "-" + seq;
            http.send("POST", pods(CREATE_NS), Pods.pod(CREATE_NS, name, (int) seq), reply -> done.done(check(reply, 201, "POST pods")));
        };
    }

    Load.AsyncOp get(int n) {
        return (client, seq, done) -> http.send("GET", pods(RW_NS) + "/p-" + ThreadLocalRandom.current().nextInt(n), null,
                reply -> done.done(check(reply, 200, "GET pod")));
    }

    Load.AsyncOp list() {
        return (client, seq, done) -> http.send("GET", pods(RW_NS), null, reply -> done.done(check(reply, 200, "LIST pods (namespace)")));
    }

    /** Client i updates pod u-i; {@code versions[i]} holds its last resourceVersion (re-read after a failure). */
    Load.AsyncOp update(String[] versions) {
        return (client, seq, done) -> {
            String name = "u-" + client;
            String body = Pods.pod(UPDATE_NS, name, client, versions[client], phase + "-" + seq, false);
            http.send("PUT", pods(UPDATE_NS) + "/" + name, body, reply -> {
                boolean ok = check(reply, 200, "PUT pod");
                if (ok) {
                    versions[client] = Pods.resourceVersion(reply.body());
                    done.done(true);
                } else {
                    http.send("GET", pods(UPDATE_NS) + "/" + name, null, fresh -> {
                        if (fresh.is(200)) {
                            versions[client] = Pods.resourceVersion(fresh.body());
                        }
                        done.done(false);
                    });
                }
            });
        };
    }

    private boolean check(Http.Reply reply, int expected, String request) {
        if (reply.is(expected)) {
            return true;
        }
        failures.add(phase, request, reply);
        return false;
    }
}
