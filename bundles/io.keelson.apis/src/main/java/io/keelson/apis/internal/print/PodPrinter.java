package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kubernetes' printPod: READY, the computed STATUS reason, RESTARTS with the last restart's age. */
final class PodPrinter {
    static final Printer PRINTER = new Printer(Printer.cols(Printer.name(),
        Printer.col("Ready", "The aggregate readiness state of this pod for accepting traffic."),
        Printer.col("Status", "The aggregate status of the containers in this pod."),
        Printer.col("Restarts", "The number of times the containers in this pod have been restarted and when the "
            + "last container in this pod has restarted."),
        Printer.age(),
        Printer.wide("IP", "podIP address allocated to the pod. Routable at least within the cluster. Empty if not "
            + "yet allocated."),
        Printer.wide("Node", "NodeName indicates in which node this pod is scheduled. If empty, this pod is a "
            + "candidate for scheduling by the scheduler defined in schedulerName."),
        Printer.wide("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node, "
            + "but it cannot be scheduled right away as preemption victims receive their graceful termination periods."),
        Printer.wide("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness.")),
        PodPrinter::cells);

    private PodPrinter() {
    }

    static List<Object> cells(HasMetadata o, Instant now) {
        Pod pod = (Pod) o;
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        int total = Fmt.list(spec.getContainers()).size();
        int ready = 0;
        int restarts = 0;
        int sidecarRestarts = 0;
        Instant lastRestart = null;
        Instant lastSidecarRestart = null;
        String phase = Fmt.str(status.getPhase());
        String reason = Fmt.str(status.getReason()).isEmpty() ? phase : status.getReason();
        for (PodCondition c : Fmt.list(status.getConditions())) {
            if (c != null && "PodScheduled".equals(c.getType()) && "SchedulingGated".equals(c.getReason())) {
                reason = "SchedulingGated";
            }
        }
        Map<String, Container> inits = new HashMap<>();
        List<Container> initContainers = Fmt.list(spec.getInitContainers());
        for (Container c : initContainers) {
            if (c != null) {
                inits.put(c.getName(), c);
                if (sidecar(c)) {
                    total++;
                }
            }
        }
        boolean initializing = false;
        List<ContainerStatus> initStatuses = Fmt.list(status.getInitContainerStatuses());
        for (int i = 0; i < initStatuses.size(); i++) {
            ContainerStatus cs = initStatuses.get(i) == null ? new ContainerStatus() : initStatuses.get(i);
            restarts += Fmt.num(cs.getRestartCount());
            lastRestart = later(lastRestart, lastTerminated(cs));
            boolean isSidecar = sidecar(inits.get(cs.getName()));
            if (isSidecar) {
                sidecarRestarts += Fmt.num(cs.getRestartCount());
                lastSidecarRestart = later(lastSidecarRestart, lastTerminated(cs));
            }
            ContainerStateTerminated term = cs.getState() == null ? null : cs.getState().getTerminated();
            var waiting = cs.getState() == null ? null : cs.getState().getWaiting();
            if (term != null && Fmt.num(term.getExitCode()) == 0) {
                continue;
            } else if (isSidecar && Boolean.TRUE.equals(cs.getStarted())) {
                if (Boolean.TRUE.equals(cs.getReady())) {
                    ready++;
                }
                continue;
            } else if (term != null) {
                if (Fmt.str(term.getReason()).isEmpty()) {
                    reason = Fmt.num(term.getSignal()) != 0 ? "Init:Signal:" + term.getSignal()
                        : "Init:ExitCode:" + Fmt.num(term.getExitCode());
                } else {
                    reason = "Init:" + term.getReason();
                }
            } else if (waiting != null && !Fmt.str(waiting.getReason()).isEmpty()
                && !"PodInitializing".equals(waiting.getReason())) {
                reason = "Init:" + waiting.getReason();
            } else {
                reason = "Init:" + i + "/" + initContainers.size();
            }
            initializing = true;
            break;
        }
        if (!initializing || conditionTrue(status, "Initialized")) {
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            boolean hasRunning = false;
            List<ContainerStatus> statuses = Fmt.list(status.getContainerStatuses());
            for (int i = statuses.size() - 1; i >= 0; i--) {
                ContainerStatus cs = statuses.get(i) == null ? new ContainerStatus() : statuses.get(i);
                restarts += Fmt.num(cs.getRestartCount());
                lastRestart = later(lastRestart, lastTerminated(cs));
                var state = cs.getState();
                var waiting = state == null ? null : state.getWaiting();
                var term = state == null ? null : state.getTerminated();
                if (waiting != null && !Fmt.str(waiting.getReason()).isEmpty()) {
                    reason = waiting.getReason();
                } else if (term != null && !Fmt.str(term.getReason()).isEmpty()) {
                    reason = term.getReason();
                } else if (term != null) {
                    reason = Fmt.num(term.getSignal()) != 0 ? "Signal:" + term.getSignal()
                        : "ExitCode:" + Fmt.num(term.getExitCode());
                } else if (Boolean.TRUE.equals(cs.getReady()) && state != null && state.getRunning() != null) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = conditionTrue(status, "Ready") ? "Running" : "NotReady";
            }
        }
        if (Fmt.deleting(pod) && "NodeLost".equals(status.getReason())) {
            reason = "Unknown";
        } else if (Fmt.deleting(pod) && !phase.equals("Succeeded") && !phase.equals("Failed")) {
            reason = "Terminating";
        }
        String restartText = String.valueOf(restarts);
        if (restarts != 0 && lastRestart != null) {
            restartText = restarts + " (" + Ages.human(java.time.Duration.between(lastRestart, now)) + " ago)";
        }
        String ip = status.getPodIPs() != null && !status.getPodIPs().isEmpty() && status.getPodIPs().get(0) != null
            ? Fmt.str(status.getPodIPs().get(0).getIp()) : "";
        return List.of(Fmt.name(pod), ready + "/" + total, reason, restartText, Fmt.age(pod, now),
            orNone(ip), orNone(spec.getNodeName()), orNone(status.getNominatedNodeName()), gates(spec, status));
    }

    private static String gates(PodSpec spec, PodStatus status) {
        List<PodReadinessGate> gates = Fmt.list(spec.getReadinessGates());
        if (gates.isEmpty()) {
            return "<none>";
        }
        int trueCount = 0;
        for (PodReadinessGate g : gates) {
            for (PodCondition c : Fmt.list(status.getConditions())) {
                if (g != null && c != null && java.util.Objects.equals(c.getType(), g.getConditionType())) {
                    if ("True".equals(c.getStatus())) {
                        trueCount++;
                    }
                    break;
                }
            }
        }
        return trueCount + "/" + gates.size();
    }

    private static boolean sidecar(Container c) {
        return c != null && "Always".equals(c.getRestartPolicy());
    }

    private static boolean conditionTrue(PodStatus status, String type) {
        return Fmt.list(status.getConditions()).stream()
            .anyMatch(c -> c != null && type.equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static Instant lastTerminated(ContainerStatus cs) {
        var last = cs.getLastState();
        return last == null || last.getTerminated() == null ? null : Ages.parse(last.getTerminated().getFinishedAt());
    }

    private static Instant later(Instant a, Instant b) {
        return b == null ? a : a == null || a.isBefore(b) ? b : a;
    }

    static String orNone(String s) {
        return s == null || s.isEmpty() ? "<none>" : s;
    }
}
