package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Map;

/** PersistentVolumes, PersistentVolumeClaims, StorageClasses. */
final class StoragePrinters {
    static final String BETA_CLASS = "volume.beta.kubernetes.io/storage-class";

    private StoragePrinters() {
    }

    static final Printer PV = new Printer(Printer.cols(Printer.name(),
        Printer.col("Capacity", "capacity is the description of the persistent volume's resources and capacity."),
        Printer.col("Access Modes", "accessModes contains all ways the volume can be mounted."),
        Printer.col("Reclaim Policy", "persistentVolumeReclaimPolicy defines what happens to a persistent volume when "
            + "released from its claim."),
        Printer.col("Status", "phase indicates if a volume is available, bound to a claim, or released by a claim."),
        Printer.col("Claim", "claimRef is part of a bi-directional binding between PersistentVolume and "
            + "PersistentVolumeClaim."),
        Printer.col("StorageClass", "storageClassName is the name of StorageClass to which this persistent volume "
            + "belongs. Empty value means that this volume does not belong to any StorageClass."),
        Printer.col("VolumeAttributesClass", "Name of VolumeAttributesClass to which this persistent volume belongs. "
            + "Empty value is not allowed."),
        Printer.col("Reason", "reason is a brief CamelCase string that describes any failure and is meant for machine "
            + "parsing and tidy display in the CLI."),
        Printer.age(), Printer.wide("VolumeMode", "volumeMode defines if a volume is intended to be used with a "
            + "formatted filesystem or to remain in raw block state.")), (o, now) -> {
            PersistentVolume pv = (PersistentVolume) o;
            var spec = pv.getSpec() == null ? new io.fabric8.kubernetes.api.model.PersistentVolumeSpec() : pv.getSpec();
            String claim = spec.getClaimRef() == null ? ""
                : Fmt.str(spec.getClaimRef().getNamespace()) + "/" + Fmt.str(spec.getClaimRef().getName());
            String phase = Fmt.deleting(pv) ? "Terminating" : pv.getStatus() == null ? "" : Fmt.str(pv.getStatus().getPhase());
            String size = spec.getCapacity() == null ? "0" : Fmt.quantity(spec.getCapacity().get("storage"));
            return List.of(Fmt.name(pv), size, Fmt.accessModes(spec.getAccessModes()),
                Fmt.str(spec.getPersistentVolumeReclaimPolicy()), phase, claim,
                storageClass(pv.getMetadata() == null ? null : pv.getMetadata().getAnnotations(), spec.getStorageClassName()),
                spec.getVolumeAttributesClassName() == null ? "<unset>" : spec.getVolumeAttributesClassName(),
                pv.getStatus() == null ? "" : Fmt.str(pv.getStatus().getReason()), Fmt.age(pv, now),
                spec.getVolumeMode() == null ? "<unset>" : spec.getVolumeMode());
        });

    static final Printer PVC = new Printer(Printer.cols(Printer.name(),
        Printer.col("Status", "phase represents the current phase of PersistentVolumeClaim."),
        Printer.col("Volume", "volumeName is the binding reference to the PersistentVolume backing this claim."),
        Printer.col("Capacity", "capacity represents the actual resources of the underlying volume."),
        Printer.col("Access Modes", "accessModes contains the desired access modes the volume should have."),
        Printer.col("StorageClass", "storageClassName is the name of the StorageClass required by the claim."),
        Printer.col("VolumeAttributesClass", "volumeAttributesClassName may be used to set the VolumeAttributesClass "
            + "used by this claim."),
        Printer.age(), Printer.wide("VolumeMode", "volumeMode defines what type of volume is required by the claim.")),
        (o, now) -> {
            PersistentVolumeClaim pvc = (PersistentVolumeClaim) o;
            var spec = pvc.getSpec() == null ? new io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec()
                : pvc.getSpec();
            var st = pvc.getStatus();
            String phase = Fmt.deleting(pvc) ? "Terminating" : st == null ? "" : Fmt.str(st.getPhase());
            String capacity = "";
            String modes = "";
            if (!Fmt.str(spec.getVolumeName()).isEmpty() && st != null) {
                modes = Fmt.accessModes(st.getAccessModes());
                capacity = st.getCapacity() == null ? "0" : Fmt.quantity(st.getCapacity().get("storage"));
            }
            return List.of(Fmt.name(pvc), phase, Fmt.str(spec.getVolumeName()), capacity, modes,
                storageClass(pvc.getMetadata() == null ? null : pvc.getMetadata().getAnnotations(),
                    spec.getStorageClassName()),
                spec.getVolumeAttributesClassName() == null ? "<unset>" : spec.getVolumeAttributesClassName(),
                Fmt.age(pvc, now), spec.getVolumeMode() == null ? "<unset>" : spec.getVolumeMode());
        });

    static final Printer STORAGE_CLASS = new Printer(Printer.cols(Printer.name(),
        Printer.col("Provisioner", "Indicates the type of the provisioner."),
        Printer.col("ReclaimPolicy", "Indicates the type of the reclaim policy."),
        Printer.col("VolumeBindingMode", "Indicates how PersistentVolumeClaims should be bound."),
        new Printer.Col("AllowVolumeExpansion", "boolean", "", "Indicates whether the storage class allow volume expand",
            0), Printer.age()), (o, now) -> {
            StorageClass sc = (StorageClass) o;
            Map<String, String> ann = sc.getMetadata() == null ? null : sc.getMetadata().getAnnotations();
            boolean isDefault = ann != null && ("true".equals(ann.get("storageclass.kubernetes.io/is-default-class"))
                || "true".equals(ann.get("storageclass.beta.kubernetes.io/is-default-class")));
            return List.of(Fmt.name(sc) + (isDefault ? " (default)" : ""), Fmt.str(sc.getProvisioner()),
                sc.getReclaimPolicy() == null ? "Delete" : sc.getReclaimPolicy(),
                sc.getVolumeBindingMode() == null ? "Immediate" : sc.getVolumeBindingMode(),
                Boolean.TRUE.equals(sc.getAllowVolumeExpansion()), Fmt.age(sc, now));
        });

    private static String storageClass(Map<String, String> annotations, String specClass) {
        if (annotations != null && annotations.containsKey(BETA_CLASS)) {
            return Fmt.str(annotations.get(BETA_CLASS));
        }
        return Fmt.str(specClass);
    }
}
