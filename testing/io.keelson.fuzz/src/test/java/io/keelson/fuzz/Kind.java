package io.keelson.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A resource type the fuzzer writes, with a minimal valid object of it, and how Kubernetes validates its names.
 *
 * @param nameRule how Kubernetes validates {@code metadata.name} for this type
 */
record Kind(String group, String version, String plural, String kind, boolean namespaced, NameRule nameRule, String validSpec) {

    enum NameRule { DNS1123_SUBDOMAIN, DNS1123_LABEL, DNS1035_LABEL, PATH_SEGMENT }

    static final ObjectMapper JSON = new ObjectMapper();

    static final Kind CONFIGMAP = new Kind("", "v1", "configmaps", "ConfigMap", true, NameRule.DNS1123_SUBDOMAIN, "{\"data\":{\"a\":\"1\"}}");
    static final Kind SECRET = new Kind("", "v1", "secrets", "Secret", true, NameRule.DNS1123_SUBDOMAIN, "{\"type\":\"Opaque\",\"data\":{\"a\":\"MQ==\"}}");
    static final Kind POD = new Kind("", "v1", "pods", "Pod", true, NameRule.DNS1123_SUBDOMAIN,
            "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox:1.36\"}]}}");
    static final Kind SERVICE = new Kind("", "v1", "services", "Service", true, NameRule.DNS1035_LABEL,
            "{\"spec\":{\"selector\":{\"app\":\"x\"},\"ports\":[{\"port\":80,\"targetPort\":8080}]}}");
    static final Kind SERVICE_ACCOUNT = new Kind("", "v1", "serviceaccounts", "ServiceAccount", true, NameRule.DNS1123_SUBDOMAIN, "{}");
    static final Kind DEPLOYMENT = new Kind("apps", "v1", "deployments", "Deployment", true, NameRule.DNS1123_SUBDOMAIN,
            "{\"spec\":{\"replicas\":1,\"selector\":{\"matchLabels\":{\"app\":\"fz\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"fz\"}},"
                    + "\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"nginx:1.27\"}]}}}}");
    static final Kind JOB = new Kind("batch", "v1", "jobs", "Job", true, NameRule.DNS1123_SUBDOMAIN,
            "{\"spec\":{\"template\":{\"spec\":{\"restartPolicy\":\"Never\",\"containers\":[{\"name\":\"c\",\"image\":\"busybox:1.36\"}]}}}}");
    static final Kind LEASE = new Kind("coordination.k8s.io", "v1", "leases", "Lease", true, NameRule.DNS1123_SUBDOMAIN,
            "{\"spec\":{\"holderIdentity\":\"fuzz\",\"leaseDurationSeconds\":15}}");
    static final Kind ROLE = new Kind("rbac.authorization.k8s.io", "v1", "roles", "Role", true, NameRule.PATH_SEGMENT,
            "{\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\"]}]}");
    static final Kind NAMESPACE = new Kind("", "v1", "namespaces", "Namespace", false, NameRule.DNS1123_LABEL, "{}");
    static final Kind CLUSTER_ROLE = new Kind("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, NameRule.PATH_SEGMENT,
            "{\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"list\"]}]}");
    static final Kind STORAGE_CLASS = new Kind("storage.k8s.io", "v1", "storageclasses", "StorageClass", false, NameRule.DNS1123_SUBDOMAIN,
            "{\"provisioner\":\"example.com/fuzz\"}");

    static final List<Kind> ALL = List.of(CONFIGMAP, SECRET, POD, SERVICE, SERVICE_ACCOUNT, DEPLOYMENT, JOB, LEASE, ROLE, NAMESPACE,
            CLUSTER_ROLE, STORAGE_CLASS);

    String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    String groupVersionPath() {
        return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    }

    /** The collection: {@code namespace} is ignored for cluster-scoped types. */
    String collection(String namespace) {
        return groupVersionPath() + (namespaced ? "/namespaces/" + namespace : "") + "/" + plural;
    }

    String item(String namespace, String name) {
        return collection(namespace) + "/" + name;
    }

    /** A valid object of this kind named {@code name}. */
    ObjectNode valid(String name) {
        try {
            ObjectNode o = JSON.createObjectNode();
            o.put("apiVersion", apiVersion());
            o.put("kind", kind);
            o.putObject("metadata").put("name", name).putObject("labels").put("fuzz", "yes");
            ObjectNode spec = (ObjectNode) JSON.readTree(validSpec);
            o.setAll(spec);
            if (this == DEPLOYMENT) {
                // each deployment selects its own pods
                ((ObjectNode) o.path("spec").path("selector").path("matchLabels")).put("app", name);
                ((ObjectNode) o.path("spec").path("template").path("metadata").path("labels")).put("app", name);
            }
            return o;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
