package io.keelson.client.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading kubeconfigs (inline data or files) and the PEM key formats kubeconfigs carry. */
class KubeconfigTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCurrentContextsClusterAndUserFromInlineData() throws Exception {
        Pem ec = Pem.of("EC", "SHA256withECDSA");
        Path file = dir.resolve("config");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: second
                clusters:
                - name: one
                  cluster: {server: "https://first:1"}
                - name: two
                  cluster:
                    server: https://127.0.0.1:6443
                    certificate-authority-data: %s
                contexts:
                - name: first
                  context: {cluster: one, user: u}
                - name: second
                  context: {cluster: two, user: u}
                users:
                - name: u
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                """.formatted(b64(ec.certificate), b64(ec.certificate), b64(ec.pkcs8)));
        Kubeconfig config = Kubeconfig.read(file);
        assertThat(config.server()).isEqualTo("https://127.0.0.1:6443");
        assertThat(config.caPem()).isEqualTo(ec.certificate);
        assertThat(config.keyPem()).isEqualTo(ec.pkcs8);
        assertThat(Tls.context(config)).isInstanceOf(SSLContext.class);
    }

    @Test
    void readsFilesRelativeToTheKubeconfig() throws Exception {
        Pem rsa = Pem.of("RSA", "SHA256withRSA");
        Files.writeString(dir.resolve("ca.crt"), rsa.certificate);
        Files.writeString(dir.resolve("client.crt"), rsa.certificate);
        Files.writeString(dir.resolve("client.key"), rsa.traditional);
        Path file = dir.resolve("config");
        Files.writeString(file, """
                current-context: c
                clusters: [{name: k, cluster: {server: "https://h:1", certificate-authority: ca.crt}}]
                contexts: [{name: c, context: {cluster: k, user: u}}]
                users: [{name: u, user: {client-certificate: client.crt, client-key: client.key}}]
                """);
        Kubeconfig config = Kubeconfig.read(file);
        assertThat(config.keyPem()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Tls.context(config)).isInstanceOf(SSLContext.class);
    }

    @Test
    void readsPkcs8Sec1AndPkcs1Keys() throws Exception {
        Pem ec = Pem.of("EC", "SHA256withECDSA");
        Pem rsa = Pem.of("RSA", "SHA256withRSA");
        assertThat(ec.traditional).startsWith("-----BEGIN EC PRIVATE KEY-----");
        assertThat(rsa.traditional).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        for (Pem p : new Pem[] {ec, rsa}) {
            assertThat(secret(Tls.privateKey(p.pkcs8))).isEqualTo(secret(p.key));
            assertThat(secret(Tls.privateKey(p.traditional))).isEqualTo(secret(p.key));
        }
        // SEC1 may leave out the public key (it is optional there)
        assertThat(secret(Tls.privateKey(sec1(ec.key, null)))).isEqualTo(secret(ec.key));
        assertThatThrownBy(() -> Tls.privateKey(ec.certificate)).hasMessageContaining("no unencrypted PEM private key");
    }

    @Test
    void saysWhatIsMissing() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, """
                current-context: c
                clusters: [{name: k, cluster: {server: "https://h:1"}}]
                contexts: [{name: c, context: {cluster: k, user: u}}]
                users: [{name: u, user: {token: abc}}]
                """);
        assertThatThrownBy(() -> Kubeconfig.read(file)).hasMessageContaining("certificate-authority-data");
        Files.writeString(file, "current-context: nope\ncontexts: []\n");
        assertThatThrownBy(() -> Kubeconfig.read(file)).hasMessageContaining("no context named 'nope'");
        assertThatThrownBy(() -> Kubeconfig.read(dir.resolve("absent"))).hasMessageContaining("cannot read kubeconfig");
    }

    /** The secret number of an EC or RSA key: encodings differ by format, this does not. */
    private static BigInteger secret(PrivateKey key) {
        return key instanceof java.security.interfaces.ECPrivateKey ec ? ec.getS()
                : ((java.security.interfaces.RSAPrivateKey) key).getPrivateExponent();
    }

    /** "EC PRIVATE KEY" as openssl writes it: curve OID, and the public key unless null. */
    static String sec1(PrivateKey key, java.security.PublicKey publicKey) throws Exception {
        org.bouncycastle.asn1.pkcs.PrivateKeyInfo info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(key.getEncoded());
        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo spki = publicKey == null ? null
                : org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        org.bouncycastle.asn1.sec.ECPrivateKey sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256,
                ((java.security.interfaces.ECPrivateKey) key).getS(), spki == null ? null : spki.getPublicKeyData(),
                info.getPrivateKeyAlgorithm().getParameters());
        java.io.StringWriter out = new java.io.StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(new org.bouncycastle.util.io.pem.PemObject("EC PRIVATE KEY", sec1.getEncoded()));
        }
        return out.toString();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A key pair and a self-signed certificate, PEM-encoded. */
    private record Pem(PrivateKey key, String certificate, String pkcs8, String traditional) {
        static Pem of(String algorithm, String signature) throws Exception {
            KeyPair pair = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
            X500Name name = new X500Name("CN=test");
            Instant now = Instant.now();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
            String pkcs8 = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            String traditional = algorithm.equals("EC") ? sec1(pair.getPrivate(), pair.getPublic()) : write(pair.getPrivate());
            return new Pem(pair.getPrivate(), write(cert), pkcs8, traditional);
        }

        private static String write(Object o) throws Exception {
            java.io.StringWriter out = new java.io.StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(out)) {
                w.writeObject(o);
            }
            return out.toString();
        }
    }
}
