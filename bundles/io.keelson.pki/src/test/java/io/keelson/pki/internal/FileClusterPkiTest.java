package io.keelson.pki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.IssuedCertificate;
import io.keelson.pki.api.Pki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClusterPkiTest {

    @TempDir
    Path dir;

    @Test
    void makesCaOnceAndReusesIt() throws Exception {
        ClusterPki first = Pki.open(dir);
        ClusterPki second = Pki.open(dir);
        assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
        assertThat(first.caCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void servingCertificateCoversNamesAndIsReusedUntilANameIsMissing() throws Exception {
        ClusterPki pki = Pki.open(dir);
        IssuedCertificate a = pki.apiServing(List.of("127.0.0.1", "localhost"));
        a.certificate().verify(pki.caCertificate().getPublicKey());
        assertThat(a.certificate().getSubjectAlternativeNames()).extracting(l -> l.get(1).toString())
                .contains("127.0.0.1", "localhost");
        assertThat(Pki.open(dir).apiServing(List.of("localhost")).certificate()).isEqualTo(a.certificate());
        IssuedCertificate b = pki.apiServing(List.of("127.0.0.1", "localhost", "example.test"));
        assertThat(b.certificate()).isNotEqualTo(a.certificate());
    }

    @Test
    void adminClientIsKubernetesAdminInSystemMasters() throws Exception {
        IssuedCertificate admin = Pki.open(dir).adminClient();
        String subject = admin.certificate().getSubjectX500Principal().getName();
        assertThat(subject).contains("CN=kubernetes-admin").contains("O=system:masters");
        assertThat(admin.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        // the label tells clients the algorithm, as kubeadm-written keys do (fabric8 needs it)
        assertThat(Files.readString(dir.resolve("admin.key"))).startsWith("-----BEGIN EC PRIVATE KEY-----");
        // readers that rebuild the key pair from the block alone (client-java) find the matching public key
        try (var parser = new org.bouncycastle.openssl.PEMParser(java.nio.file.Files.newBufferedReader(dir.resolve("admin.key")))) {
            var pair = new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter()
                    .getKeyPair((org.bouncycastle.openssl.PEMKeyPair) parser.readObject());
            assertThat(pair.getPublic()).isEqualTo(admin.certificate().getPublicKey());
        }
    }

    @Test
    void kubeconfigCarriesServerCaAndClientData() throws Exception {
        ClusterPki pki = Pki.open(dir);
        Path file = dir.resolve("kubeconfig");
        pki.writeAdminKubeconfig(file, "https://127.0.0.1:6443");
        String text = Files.readString(file);
        assertThat(text).contains("server: \"https://127.0.0.1:6443\"", "current-context: keelson",
                "certificate-authority-data: ", "client-certificate-data: ", "client-key-data: ");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
