package io.keelson.apiserver.internal.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** NAME READY UP-TO-DATE AVAILABLE AGE; wide: CONTAINERS IMAGES SELECTOR — as printDeployment computes them. */
final class DeploymentColumns {

    static final List<Column> COLUMNS = List.of(Column.name("deployment"),
            Column.string("Ready", "Number of the pod with ready state", 0,
                    (o, n) -> o.path("status").path("readyReplicas").asInt(0) + "/" + o.path("spec").path("replicas").asInt(1)),
            Column.integer("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template "
                    + "spec.", 0, (o, n) -> o.path("status").path("updatedReplicas").asInt(0)),
            Column.integer("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.",
                    0, (o, n) -> o.path("status").path("availableReplicas").asInt(0)),
            Column.age(),
            Column.string("Containers", "Names of each container in the template.", 1,
                    (o, n) -> String.join(",", Printers.containers(podSpec(o)))),
            Column.string("Images", "Images referenced by each container in the template.", 1,
                    (o, n) -> String.join(",", Printers.images(podSpec(o)))),
            Column.string("Selector", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones "
                    + "affected by this deployment.", 1, (o, n) -> Printers.selector(o.path("spec").path("selector"))));

    private DeploymentColumns() {
    }

    private static ObjectNode podSpec(ObjectNode deployment) {
        var spec = deployment.path("spec").path("template").path("spec");
        return spec instanceof ObjectNode o ? o : new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    }
}
