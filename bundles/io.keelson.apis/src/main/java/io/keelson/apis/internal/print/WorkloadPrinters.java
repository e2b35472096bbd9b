package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Locale;

/** Deployments, ReplicaSets, ReplicationControllers, StatefulSets, DaemonSets, ControllerRevisions. */
final class WorkloadPrinters {
    static final Printer.Col CONTAINERS = Printer.wide("Containers", "Names of each container in the template.");
    static final Printer.Col IMAGES = Printer.wide("Images", "Images referenced by each container in the template.");
    static final Printer.Col SELECTOR = Printer.wide("Selector", "The label selector of the pods it controls.");

    private WorkloadPrinters() {
    }

    static final Printer DEPLOYMENT = new Printer(Printer.cols(Printer.name(),
        Printer.col("Ready", "Number of the pod with ready state"),
        Printer.integer("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the "
            + "desired template spec."),
        Printer.integer("Available", "Total number of available pods (ready for at least minReadySeconds) targeted "
            + "by this deployment."),
        Printer.age(), CONTAINERS, IMAGES, SELECTOR), (o, now) -> {
            Deployment d = (Deployment) o;
            var spec = d.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.DeploymentSpec() : d.getSpec();
            var st = d.getStatus() == null ? new io.fabric8.kubernetes.api.model.apps.DeploymentStatus() : d.getStatus();
            List<Container> cs = Fmt.containers(spec.getTemplate());
            return List.of(Fmt.name(d), Fmt.num(st.getReadyReplicas()) + "/" + Fmt.num(spec.getReplicas()),
                Fmt.num(st.getUpdatedReplicas()), Fmt.num(st.getAvailableReplicas()), Fmt.age(d, now),
                Fmt.containerNames(cs), Fmt.images(cs), Fmt.selector(spec.getSelector()));
        });

    static final Printer REPLICA_SET = new Printer(Printer.cols(Printer.name(),
        Printer.integer("Desired", "Number of desired pods."),
        Printer.integer("Current", "Number of actual replicas."),
        Printer.integer("Ready", "Number of ready replicas."),
        Printer.age(), CONTAINERS, IMAGES, SELECTOR), (o, now) -> {
            ReplicaSet rs = (ReplicaSet) o;
            var spec = rs.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec() : rs.getSpec();
            var st = rs.getStatus() == null ? new io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus() : rs.getStatus();
            List<Container> cs = Fmt.containers(spec.getTemplate());
            return List.of(Fmt.name(rs), Fmt.num(spec.getReplicas()), Fmt.num(st.getReplicas()),
                Fmt.num(st.getReadyReplicas()), Fmt.age(rs, now), Fmt.containerNames(cs), Fmt.images(cs),
                Fmt.selector(spec.getSelector()));
        });

    static final Printer REPLICATION_CONTROLLER = new Printer(REPLICA_SET.columns(), (o, now) -> {
        ReplicationController rc = (ReplicationController) o;
        var spec = rc.getSpec() == null ? new io.fabric8.kubernetes.api.model.ReplicationControllerSpec() : rc.getSpec();
        var st = rc.getStatus() == null ? new io.fabric8.kubernetes.api.model.ReplicationControllerStatus()
            : rc.getStatus();
        List<Container> cs = Fmt.containers(spec.getTemplate());
        return List.of(Fmt.name(rc), Fmt.num(spec.getReplicas()), Fmt.num(st.getReplicas()),
            Fmt.num(st.getReadyReplicas()), Fmt.age(rc, now), Fmt.containerNames(cs), Fmt.images(cs),
            Fmt.labels(spec.getSelector()));
    });

    static final Printer STATEFUL_SET = new Printer(Printer.cols(Printer.name(),
        Printer.col("Ready", "Number of the pod with ready state"), Printer.age(), CONTAINERS, IMAGES), (o, now) -> {
            StatefulSet s = (StatefulSet) o;
            var spec = s.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.StatefulSetSpec() : s.getSpec();
            var st = s.getStatus() == null ? new io.fabric8.kubernetes.api.model.apps.StatefulSetStatus() : s.getStatus();
            List<Container> cs = Fmt.containers(spec.getTemplate());
            return List.of(Fmt.name(s), Fmt.num(st.getReadyReplicas()) + "/" + Fmt.num(spec.getReplicas()),
                Fmt.age(s, now), Fmt.containerNames(cs), Fmt.images(cs));
        });

    static final Printer DAEMON_SET = new Printer(Printer.cols(Printer.name(),
        Printer.integer("Desired", "The total number of nodes that should be running the daemon pod (including "
            + "nodes correctly running the daemon pod)."),
        Printer.integer("Current", "The number of nodes that are running at least 1 daemon pod and are supposed to "
            + "run the daemon pod."),
        Printer.integer("Ready", "numberReady is the number of nodes that should be running the daemon pod and have "
            + "one or more of the daemon pod running with a Ready Condition."),
        Printer.integer("Up-to-date", "The total number of nodes that are running updated daemon pod"),
        Printer.integer("Available", "The number of nodes that should be running the daemon pod and have one or more "
            + "of the daemon pod running and available (ready for at least spec.minReadySeconds)"),
        Printer.col("Node Selector", "NodeSelector is a selector which must be true for the pod to fit on a node. "
            + "Selector which must match a node's labels for the pod to be scheduled on that node."),
        Printer.age(), CONTAINERS, IMAGES, SELECTOR), (o, now) -> {
            DaemonSet ds = (DaemonSet) o;
            var spec = ds.getSpec() == null ? new io.fabric8.kubernetes.api.model.apps.DaemonSetSpec() : ds.getSpec();
            var st = ds.getStatus() == null ? new io.fabric8.kubernetes.api.model.apps.DaemonSetStatus() : ds.getStatus();
            List<Container> cs = Fmt.containers(spec.getTemplate());
            var nodeSelector = spec.getTemplate() == null || spec.getTemplate().getSpec() == null ? null
                : spec.getTemplate().getSpec().getNodeSelector();
            return List.of(Fmt.name(ds), Fmt.num(st.getDesiredNumberScheduled()),
                Fmt.num(st.getCurrentNumberScheduled()), Fmt.num(st.getNumberReady()),
                Fmt.num(st.getUpdatedNumberScheduled()), Fmt.num(st.getNumberAvailable()), Fmt.labels(nodeSelector),
                Fmt.age(ds, now), Fmt.containerNames(cs), Fmt.images(cs), Fmt.selector(spec.getSelector()));
        });

    static final Printer CONTROLLER_REVISION = new Printer(Printer.cols(Printer.name(),
        Printer.col("Controller", "Controller of the object"),
        Printer.integer("Revision", "Revision indicates the revision of the state represented by Data."),
        Printer.age()), (o, now) -> {
            ControllerRevision cr = (ControllerRevision) o;
            String controller = "<none>";
            var refs = cr.getMetadata() == null ? null : cr.getMetadata().getOwnerReferences();
            for (OwnerReference ref : Fmt.list(refs)) {
                if (ref != null && Boolean.TRUE.equals(ref.getController())) {
                    String apiVersion = Fmt.str(ref.getApiVersion());
                    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
                    String kind = Fmt.str(ref.getKind());
                    String gk = group.isEmpty() ? kind : kind + "." + group;
                    controller = gk.isEmpty() ? Fmt.str(ref.getName())
                        : gk.toLowerCase(Locale.ROOT) + "/" + Fmt.str(ref.getName());
                    break;
                }
            }
            return List.of(Fmt.name(cr), controller, cr.getRevision() == null ? 0L : cr.getRevision(), Fmt.age(cr, now));
        });
}
