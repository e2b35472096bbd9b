package io.keelson.benchmarks.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Namespaces and pods the phases read and write, made through the API as controllers and kubelets would. */
final class Setup {

    private Setup() {
    }

    static void namespace(Http http, String name) throws Exception {
        http.expect(201, "POST", "/api/v1/namespaces", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"" + name + "\"}}");
    }

    static String[] runningPods(Http http, Failures failures, String ns, String prefix, int n, int concurrency, boolean status)
            throws Exception {
        return runningPods(http, failures, ns, prefix, 0, n, concurrency, status);
    }

    /**
     * Creates pods {@code prefix-first..prefix-(first+n-1)}, each then given a running status (PUT .../status), with
     * {@code concurrency} requests in flight. Returns the last resourceVersion of each pod.
     */
    static String[] runningPods(Http http, Failures failures, String ns, String prefix, int first, int n, int concurrency,
            boolean status) throws Exception {
        String[] versions = new String[n];
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(n);
        AtomicLong failed = new AtomicLong();
        for (int i = 0; i < n; i++) {
            int index = i;
            int number = first + i;
            String name = prefix + "-" + number;
            inFlight.acquire();
            http.send("POST", ApiOps.pods(ns), Pods.pod(ns, name, number), created -> {
                if (!created.is(201)) {
                    fail(failures, failed, "POST pods", created, inFlight, done);
                    return;
                }
                versions[index] = Pods.resourceVersion(created.body());
                if (!status) {
                    inFlight.release();
                    done.countDown();
                    return;
                }
                String body = Pods.pod(ns, name, number, versions[index], null, true);
                http.send("PUT", ApiOps.pods(ns) + "/" + name + "/status", body, updated -> {
                    if (!updated.is(200)) {
                        fail(failures, failed, "PUT pods/status", updated, inFlight, done);
                        return;
                    }
                    versions[index] = Pods.resourceVersion(updated.body());
                    inFlight.release();
                    done.countDown();
                });
            });
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("loading " + ns + " stalled: " + done.getCount() + " pods unfinished");
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + n + " pods in " + ns + " failed to load; see the failures table");
        }
        return versions;
    }

    private static void fail(Failures failures, AtomicLong failed, String request, Http.Reply reply, Semaphore inFlight, CountDownLatch done) {
        failures.add("setup", request, reply);
        failed.incrementAndGet();
        inFlight.release();
        done.countDown();
    }
}
