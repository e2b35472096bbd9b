package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** NAME READY STATUS RESTARTS AGE; wide: IP NODE NOMINATED NODE READINESS GATES — as printPod computes them. */
final class PodColumns {

    static final List<Column> COLUMNS = List.of(Column.name("pod"),
            Column.string("Ready", "The aggregate readiness state of this pod for accepting traffic.", 0, PodColumns::ready),
            Column.string("Status", "The aggregate status of the containers in this pod.", 0, PodColumns::status),
            Column.string("Restarts", "The number of times the containers in this pod have been restarted and when the last container in "
                    + "this pod has restarted.", 0, PodColumns::restarts),
            Column.age(),
            Column.string("IP", "IP address assigned to the pod", 1, (o, n) -> Printers.text(o.path("status").path("podIP"), "<none>")),
            Column.string("Node", "Name of the node assigned to the pod", 1,
                    (o, n) -> Printers.text(o.path("spec").path("nodeName"), "<none>")),
            Column.string("Nominated Node", "Name of the node the pod is nominated to", 1,
                    (o, n) -> Printers.text(o.path("status").path("nominatedNodeName"), "<none>")),
            Column.string("Readiness Gates", "The readiness gates of the pod", 1, PodColumns::readinessGates));

    private PodColumns() {
    }

    private static Object ready(ObjectNode pod, Instant now) {
        int total = pod.path("spec").path("containers").size();
        int ready = 0;
        for (JsonNode cs : pod.path("status").path("containerStatuses")) {
            if (cs.path("ready").asBoolean(false)) {
                ready++;
            }
        }
        return ready + "/" + total;
    }

    private static Object status(ObjectNode pod, Instant now) {
        String reason = Printers.text(pod.path("status").path("phase"), "");
        reason = Printers.text(pod.path("status").path("reason"), reason);
        for (JsonNode cs : pod.path("status").path("containerStatuses")) {
            JsonNode waiting = cs.path("state").path("waiting");
            JsonNode terminated = cs.path("state").path("terminated");
            if (!waiting.isMissingNode() && !waiting.path("reason").asText("").isEmpty()) {
                reason = waiting.path("reason").asText();
            } else if (!terminated.isMissingNode()) {
                reason = Printers.text(terminated.path("reason"), terminated.has("signal")
                        ? "Signal:" + terminated.path("signal").asInt() : "ExitCode:" + terminated.path("exitCode").asInt());
            }
        }
        if (pod.path("metadata").has("deletionTimestamp")) {
            reason = "NodeLost".equals(pod.path("status").path("reason").asText()) ? "Unknown" : "Terminating";
        }
        return reason;
    }

    private static Object restarts(ObjectNode pod, Instant now) {
        int restarts = 0;
        Instant last = null;
        for (JsonNode cs : pod.path("status").path("containerStatuses")) {
            restarts += cs.path("restartCount").asInt(0);
            String finished = cs.path("lastState").path("terminated").path("finishedAt").asText("");
            if (!finished.isEmpty()) {
                Instant t = Instant.parse(finished);
                last = last == null || t.isAfter(last) ? t : last;
            }
        }
        return last == null ? Integer.toString(restarts) : restarts + " (" + Age.since(last.toString(), now) + " ago)";
    }

    private static Object readinessGates(ObjectNode pod, Instant now) {
        JsonNode gates = pod.path("spec").path("readinessGates");
        if (gates.size() == 0) {
            return "<none>";
        }
        List<String> types = new ArrayList<>();
        gates.forEach(g -> types.add(g.path("conditionType").asText()));
        long ready = 0;
        for (JsonNode c : pod.path("status").path("conditions")) {
            if (types.contains(c.path("type").asText()) && "True".equals(c.path("status").asText())) {
                ready++;
            }
        }
        return ready + "/" + types.size();
    }
}
