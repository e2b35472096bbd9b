package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Context;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.http.Exchange;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * pods/x/log, exec, attach and portforward. The API server checks what Kubernetes' API server checks
 * (the pod, the container, a node assigned) and then would hand the stream to the node's kubelet.
 * There is no kubelet yet, so it answers for it from the pod status the way the kubelet does (a
 * waiting container: 400 "is waiting to start: ContainerCreating"), and 503 where a running
 * container's stream would begin.
 */
final class PodStreams {

    private final Context context;

    PodStreams(Context context) {
        this.context = context;
    }

    void log(Exchange ex, String namespace, String name) {
        requireMethod(ex, "GET");
        ObjectNode pod = pod(namespace, name);
        String container = container(pod, name, ex.query("container"), true);
        String node = Json.text(pod, "spec.nodeName", "");
        if (node.isEmpty()) {
            ex.text(200, ""); // Kubernetes streams nothing for a pod no node runs yet
            return;
        }
        kubeletLogCheck(pod, name, container, ex.queryFlag("previous"));
        throw noKubelet(node);
    }

    void connect(Exchange ex, String namespace, String name, String subresource) {
        if (!ex.method().equals("GET") && !ex.method().equals("POST")) {
            throw Errors.methodNotAllowed();
        }
        ObjectNode pod = pod(namespace, name);
        boolean streams = !subresource.equals("portforward");
        String container = streams ? container(pod, name, ex.query("container"), false) : null;
        String node = Json.text(pod, "spec.nodeName", "");
        if (node.isEmpty()) {
            throw Errors.badRequest("pod " + name + " does not have a host assigned");
        }
        if (streams) {
            JsonNode state = status(pod, container).path("state");
            if (!state.has("running")) {
                throw new ApiException(400, Errors.status(400, "BadRequest", "container not found (\"" + container + "\")"));
            }
        }
        throw noKubelet(node);
    }

    private ObjectNode pod(String namespace, String name) {
        ResourceType pods = context.registry().find("", "v1", "pods").orElseThrow();
        return context.storage().require(pods, namespace, name).object();
    }

    /** The container the request means: the named one (must exist) or the only one (Kubernetes' validateContainer). */
    private static String container(ObjectNode pod, String name, String container, boolean logWording) {
        List<String> names = new ArrayList<>();
        List<String> init = new ArrayList<>();
        pod.path("spec").path("containers").forEach(c -> names.add(c.path("name").asText()));
        pod.path("spec").path("initContainers").forEach(c -> init.add(c.path("name").asText()));
        pod.path("spec").path("ephemeralContainers").forEach(c -> init.add(c.path("name").asText()));
        if (container == null || container.isEmpty()) {
            if (names.size() == 1) {
                return names.get(0);
            }
            if (names.isEmpty()) {
                throw Errors.badRequest("a container name must be specified for pod " + name);
            }
            String message = "a container name must be specified for pod " + name + ", choose one of: [" + String.join(" ", names) + "]";
            if (logWording) {
                List<String> all = new ArrayList<>(init);
                all.addAll(names);
                message = "a container name must be specified for pod " + name + ", choose one of: [" + String.join(" ", all) + "]";
            } else if (!init.isEmpty()) {
                message += " or one of the init containers: [" + String.join(" ", init) + "]";
            }
            throw Errors.badRequest(message);
        }
        if (!names.contains(container) && !init.contains(container)) {
            throw Errors.badRequest("container " + container + " is not valid for pod " + name);
        }
        return container;
    }

    private static JsonNode status(ObjectNode pod, String container) {
        for (String list : new String[] {"containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses"}) {
            for (JsonNode s : pod.path("status").path(list)) {
                if (container.equals(s.path("name").asText())) {
                    return s;
                }
            }
        }
        return Json.object();
    }

    /** The kubelet's validateContainerLogStatus; with no status yet the container is waiting in ContainerCreating. */
    private static void kubeletLogCheck(ObjectNode pod, String name, String container, boolean previous) {
        JsonNode status = status(pod, container);
        JsonNode state = status.path("state");
        JsonNode last = status.path("lastState").path("terminated");
        String prefix = "container \"" + container + "\" in pod \"" + name + "\" ";
        if (previous && last.path("containerID").asText("").isEmpty()) {
            throw Errors.badRequest("previous terminated container \"" + container + "\" in pod \"" + name + "\" not found");
        }
        if (previous || state.has("running") || state.has("terminated") && !state.path("terminated").path("containerID").asText("").isEmpty()
                || !last.path("containerID").asText("").isEmpty()) {
            return;
        }
        if (state.has("terminated") || last.isObject()) {
            throw Errors.badRequest(prefix + "is terminated");
        }
        String reason = state.path("waiting").path("reason").asText(status.isEmpty() ? "ContainerCreating" : "");
        throw Errors.badRequest(prefix + switch (reason) {
            case "ErrImagePull" -> "is waiting to start: image can't be pulled";
            case "ImagePullBackOff" -> "is waiting to start: trying and failing to pull image";
            case "" -> "is waiting to start - no logs yet";
            default -> "is waiting to start: " + reason;
        });
    }

    private static ApiException noKubelet(String node) {
        return Errors.unavailable("no kubelet serves node \"" + node + "\" yet: streams from containers arrive with the kubelet");
    }

    private static void requireMethod(Exchange ex, String method) {
        if (!ex.method().equals(method)) {
            throw Errors.methodNotAllowed();
        }
    }
}
