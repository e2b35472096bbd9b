package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.TableColumnDefinition;
import io.keelson.apis.internal.Kinds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The printer per group/kind, and the NAME AGE fallback for kinds without one. */
public final class Printers {
    private static final Map<String, Printer> BY_KIND = new HashMap<>();

    static {
        BY_KIND.put("/Namespace", CorePrinters.NAMESPACE);
        BY_KIND.put("/Pod", PodPrinter.PRINTER);
        BY_KIND.put("/Node", CorePrinters.NODE);
        BY_KIND.put("/Service", ServicePrinters.SERVICE);
        BY_KIND.put("/Endpoints", CorePrinters.ENDPOINTS);
        BY_KIND.put("/ConfigMap", CorePrinters.CONFIG_MAP);
        BY_KIND.put("/Secret", CorePrinters.SECRET);
        BY_KIND.put("/ServiceAccount", CorePrinters.SERVICE_ACCOUNT);
        BY_KIND.put("/Event", ServicePrinters.EVENT);
        BY_KIND.put("events.k8s.io/Event", new Printer(ServicePrinters.EVENT.columns(),
            (o, now) -> ServicePrinters.EVENT.cells().apply(coreEvent(o), now)));
        BY_KIND.put("/ResourceQuota", CorePrinters.RESOURCE_QUOTA);
        BY_KIND.put("/LimitRange", CorePrinters.LIMIT_RANGE);
        BY_KIND.put("/PersistentVolume", StoragePrinters.PV);
        BY_KIND.put("/PersistentVolumeClaim", StoragePrinters.PVC);
        BY_KIND.put("/ReplicationController", WorkloadPrinters.REPLICATION_CONTROLLER);
        BY_KIND.put("apps/Deployment", WorkloadPrinters.DEPLOYMENT);
        BY_KIND.put("apps/ReplicaSet", WorkloadPrinters.REPLICA_SET);
        BY_KIND.put("apps/StatefulSet", WorkloadPrinters.STATEFUL_SET);
        BY_KIND.put("apps/DaemonSet", WorkloadPrinters.DAEMON_SET);
        BY_KIND.put("apps/ControllerRevision", WorkloadPrinters.CONTROLLER_REVISION);
        BY_KIND.put("batch/Job", BatchPrinters.JOB);
        BY_KIND.put("batch/CronJob", BatchPrinters.CRON_JOB);
        BY_KIND.put("autoscaling/HorizontalPodAutoscaler", OtherPrinters.HPA);
        BY_KIND.put("coordination.k8s.io/Lease", OtherPrinters.LEASE);
        BY_KIND.put("rbac.authorization.k8s.io/Role", OtherPrinters.CREATED_AT);
        BY_KIND.put("rbac.authorization.k8s.io/ClusterRole", OtherPrinters.CREATED_AT);
        BY_KIND.put("rbac.authorization.k8s.io/RoleBinding", OtherPrinters.ROLE_BINDING);
        BY_KIND.put("rbac.authorization.k8s.io/ClusterRoleBinding", OtherPrinters.ROLE_BINDING);
        BY_KIND.put("storage.k8s.io/StorageClass", StoragePrinters.STORAGE_CLASS);
        BY_KIND.put("discovery.k8s.io/EndpointSlice", OtherPrinters.ENDPOINT_SLICE);
        BY_KIND.put("policy/PodDisruptionBudget", OtherPrinters.PDB);
    }

    static final Printer FALLBACK = new Printer(Printer.cols(Printer.name(), Printer.age()),
        (o, now) -> List.of(Fmt.name(o), Fmt.age(o, now)));

    private Printers() {
    }

    public static List<TableColumnDefinition> columns(String group, String kind) {
        return Printer.definitions(BY_KIND.getOrDefault(group + "/" + kind, FALLBACK).columns());
    }

    public static List<Object> cells(HasMetadata o, Instant now) {
        if (o == null) {
            return List.of();
        }
        Printer p = BY_KIND.getOrDefault(Kinds.group(o) + "/" + Kinds.kind(o), FALLBACK);
        try {
            return p.cells().apply(o, now);
        } catch (RuntimeException e) {
            // a shape no printer foresaw (or a class that does not match its kind): print what every object has,
            // padded to the kind's columns, rather than failing the whole list
            List<Object> cells = new java.util.ArrayList<>(List.of(Fmt.name(o)));
            while (cells.size() < p.columns().size()) {
                cells.add("");
            }
            return cells;
        }
    }

    /** events.k8s.io/v1 Event as the core Event the API server converts it to before printing. */
    static Event coreEvent(HasMetadata o) {
        var e = (io.fabric8.kubernetes.api.model.events.v1.Event) o;
        Event c = new Event();
        c.setMetadata(e.getMetadata());
        c.setType(e.getType());
        c.setReason(e.getReason());
        c.setMessage(e.getNote());
        c.setInvolvedObject(e.getRegarding());
        c.setFirstTimestamp(e.getDeprecatedFirstTimestamp());
        c.setLastTimestamp(e.getDeprecatedLastTimestamp());
        c.setCount(e.getDeprecatedCount());
        c.setEventTime(e.getEventTime() == null ? null : new MicroTime(e.getEventTime().getTime()));
        c.setReportingComponent(e.getReportingController());
        c.setReportingInstance(e.getReportingInstance());
        EventSource src = e.getDeprecatedSource();
        c.setSource(src);
        if (e.getSeries() != null) {
            var s = new io.fabric8.kubernetes.api.model.EventSeries();
            s.setCount(e.getSeries().getCount());
            s.setLastObservedTime(e.getSeries().getLastObservedTime() == null ? null
                : new MicroTime(e.getSeries().getLastObservedTime().getTime()));
            c.setSeries(s);
        }
        return c;
    }
}
