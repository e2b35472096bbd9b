package io.keelson.benchmarks.api;

import java.util.Locale;

/**
 * Pod bodies like a Deployment's: labels and an owner reference, one container with ports, env,
 * resources, probes and a mount, scheduled to a node; and the running status a kubelet writes.
 */
public final class Pods {

    private Pods() {
    }

    /** The body of a create: what a ReplicaSet controller sends (with the node already set, as after binding). */
    public static String pod(String namespace, String name, int index) {
        return pod(namespace, name, index, null, null, false);
    }

    /**
     * A pod body.
     *
     * @param resourceVersion when set, the body of an update
     * @param revisionLabel   when set, a changed annotation so the update is no no-op
     * @param withStatus      with a running status (for PUT .../status)
     */
    public static String pod(String namespace, String name, int index, String resourceVersion, String revisionLabel, boolean withStatus) {
        String rv = resourceVersion == null ? "" : ",\"resourceVersion\":\"" + resourceVersion + "\"";
        String note = revisionLabel == null ? "" : ",\"bench.keelson.io/revision\":\"" + revisionLabel + "\"";
        String node = "node-" + (index % 50);
        String ip = String.format(Locale.ROOT, "10.244.%d.%d", (index / 250) % 250, index % 250 + 2);
        String status = withStatus ? ",\"status\":" + status(node, ip) : "";
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace + "\"" + rv
                + ",\"labels\":{\"app\":\"web\",\"pod-template-hash\":\"7d9f8b6c5d\",\"tier\":\"frontend\","
                + "\"app.kubernetes.io/name\":\"web\",\"app.kubernetes.io/part-of\":\"shop\",\"app.kubernetes.io/version\":\"1.4.2\"},"
                + "\"annotations\":{\"kubectl.kubernetes.io/restartedAt\":\"2026-11-25T10:00:00Z\"" + note + "},"
                + "\"ownerReferences\":[{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"web-7d9f8b6c5d\","
                + "\"uid\":\"3f1c2a9e-7b4d-4c1e-9a53-0d6b8e2f41a7\",\"controller\":true,\"blockOwnerDeletion\":true}]},"
                + "\"spec\":{\"nodeName\":\"" + node + "\",\"serviceAccountName\":\"default\",\"terminationGracePeriodSeconds\":30,"
                + "\"containers\":[{\"name\":\"web\",\"image\":\"registry.example.com/shop/web:1.4.2\","
                + "\"args\":[\"--port=8080\",\"--config=/etc/web/config.yaml\"],"
                + "\"ports\":[{\"name\":\"http\",\"containerPort\":8080,\"protocol\":\"TCP\"},{\"name\":\"metrics\",\"containerPort\":9090}],"
                + "\"env\":[{\"name\":\"LOG_LEVEL\",\"value\":\"info\"},{\"name\":\"POD_NAME\",\"valueFrom\":{\"fieldRef\":"
                + "{\"fieldPath\":\"metadata.name\"}}},{\"name\":\"POD_IP\",\"valueFrom\":{\"fieldRef\":{\"fieldPath\":\"status.podIP\"}}}],"
                + "\"resources\":{\"requests\":{\"cpu\":\"250m\",\"memory\":\"256Mi\"},\"limits\":{\"cpu\":\"1\",\"memory\":\"512Mi\"}},"
                + "\"readinessProbe\":{\"httpGet\":{\"path\":\"/healthz\",\"port\":8080},\"periodSeconds\":10},"
                + "\"livenessProbe\":{\"httpGet\":{\"path\":\"/livez\",\"port\":8080},\"initialDelaySeconds\":15,\"periodSeconds\":20},"
                + "\"volumeMounts\":[{\"name\":\"config\",\"mountPath\":\"/etc/web\",\"readOnly\":true}]}],"
                + "\"volumes\":[{\"name\":\"config\",\"configMap\":{\"name\":\"web-config\"}}]}" + status + "}";
    }

    private static String status(String node, String ip) {
        String t = "\"2026-11-25T10:00:05Z\"";
        return "{\"phase\":\"Running\",\"conditions\":["
                + "{\"type\":\"Initialized\",\"status\":\"True\",\"lastTransitionTime\":" + t + "},"
                + "{\"type\":\"Ready\",\"status\":\"True\",\"lastTransitionTime\":" + t + "},"
                + "{\"type\":\"ContainersReady\",\"status\":\"True\",\"lastTransitionTime\":" + t + "},"
                + "{\"type\":\"PodScheduled\",\"status\":\"True\",\"lastTransitionTime\":" + t + "}],"
                + "\"hostIP\":\"192.168.10." + node.substring(5) + "\",\"podIP\":\"" + ip + "\",\"podIPs\":[{\"ip\":\"" + ip + "\"}],"
                + "\"startTime\":" + t + ",\"qosClass\":\"Burstable\",\"containerStatuses\":[{\"name\":\"web\",\"ready\":true,"
                + "\"restartCount\":0,\"started\":true,\"image\":\"registry.example.com/shop/web:1.4.2\","
                + "\"imageID\":\"registry.example.com/shop/web@sha256:9b2e4f0c1d7a8e6b5c3f2a1d0e9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3f2e1d0\","
                + "\"containerID\":\"containerd://5c1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f\","
                + "\"state\":{\"running\":{\"startedAt\":\"2026-11-25T10:00:04Z\"}}}]}";
    }

    /** The resourceVersion in a JSON object's text (the first one: the object's own), without parsing the whole body. */
    public static String resourceVersion(String json) {
        int i = json.indexOf("\"resourceVersion\":\"");
        if (i < 0) {
            return null;
        }
        int start = i + "\"resourceVersion\":\"".length();
        return json.substring(start, json.indexOf('"', start));
    }
}
