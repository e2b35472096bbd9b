package io.keelson.pki.api;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.osgi.annotation.versioning.ProviderType;

/** The cluster's CA and the certificates it issued, backed by PEM files in {@link #directory()}. */
@ProviderType
public interface ClusterPki {

    /** Where the PEM files live. */
    Path directory();

    /** The cluster CA certificate. */
    X509Certificate caCertificate();

    /** The CA certificate as PEM (the kubeconfig's certificate-authority-data). */
    String caCertificatePem();

    /**
     * The API server's serving certificate covering {@code subjectAltNames} (DNS names or IP
     * literals): the stored one when it covers them all, else a newly issued one.
     */
    IssuedCertificate apiServing(Collection<String> subjectAltNames);

    /** The admin client certificate (CN kubernetes-admin, O system:masters). */
    IssuedCertificate adminClient();

    /** Issues a client certificate (not stored) for a user and its groups. */
    IssuedCertificate issueClient(String commonName, Collection<String> organizations);

    /** A trust store holding the CA, for verifying client certificates. */
    KeyStore trustStore();

    /** A key store holding {@code issued} with its chain under alias "key" and password {@code password}. */
    KeyStore keyStore(IssuedCertificate issued, char[] password);

    /** Writes an admin kubeconfig (cluster/context/user "keelson") for {@code serverUrl}, mode 0600. */
    void writeAdminKubeconfig(Path file, String serverUrl);
}
