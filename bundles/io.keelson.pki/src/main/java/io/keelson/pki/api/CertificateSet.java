package io.keelson.pki.api;

/**
 * The certificate sets a Keelson cluster uses (the seed's five, plus the admin client), with the
 * file base names they are kept under in the PKI directory (as kubeadm names them).
 */
public enum CertificateSet {
    /** The API server's serving certificate (server auth). */
    API_SERVING("apiserver"),
    /** The cluster administrator's client certificate (CN kubernetes-admin, O system:masters). */
    ADMIN_CLIENT("admin"),
    /** The API server's client certificate towards kubelets. */
    API_KUBELET_CLIENT("apiserver-kubelet-client"),
    /** etcd member to member. */
    ETCD_PEER("etcd-peer"),
    /** The API server's client certificate towards etcd. */
    ETCD_CLIENT("apiserver-etcd-client"),
    /** The key pair that signs service-account tokens (a key, no certificate chain to the CA is needed). */
    SERVICE_ACCOUNT_SIGNING("sa");

    private final String fileBaseName;

    CertificateSet(String fileBaseName) {
        this.fileBaseName = fileBaseName;
    }

    /** The base name of its {@code .crt} and {@code .key} files. */
    public String fileBaseName() {
        return fileBaseName;
    }
}
