package io.keelson.pki.internal;

import io.keelson.pki.api.CertificateSet;
import io.keelson.pki.api.ClusterPki;
import io.keelson.pki.api.IssuedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.PBEParameterSpec;

/**
 * The cluster PKI as PEM files: {@code ca.crt/ca.key}, {@code apiserver.crt/.key}, {@code admin.crt/.key}.
 * Files are made once and reused; a serving certificate is reissued only when it lacks a wanted
 * name or is near its end.
 */
public final class FileClusterPki implements ClusterPki {

    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path directory;
    private final X509Certificate ca;
    private final PrivateKey caKey;
    private final String caPem;

    private FileClusterPki(Path directory, X509Certificate ca, PrivateKey caKey) {
        this.directory = directory;
        this.ca = ca;
        this.caKey = caKey;
        this.caPem = Pem.encode(ca);
    }

    public static synchronized FileClusterPki open(Path directory) {
        try {
            Files.createDirectories(directory);
            Path crt = directory.resolve("ca.crt");
            Path key = directory.resolve("ca.key");
            if (Files.exists(crt) && Files.exists(key)) {
                return new FileClusterPki(directory, Pem.certificate(Files.readString(crt)), Pem.privateKey(Files.readString(key)));
            }
            KeyPair keys = CertificateIssuer.newKeyPair();
            X509Certificate ca = CertificateIssuer.selfSignedCa(keys, "keelson-ca");
            PrivateFiles.write(key, Pem.encode(keys.getPrivate()));
            PrivateFiles.write(crt, Pem.encode(ca));
            return new FileClusterPki(directory, ca, keys.getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the PKI directory " + directory, e);
        }
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public X509Certificate caCertificate() {
        return ca;
    }

    @Override
    public String caCertificatePem() {
        return caPem;
    }

    @Override
    public synchronized IssuedCertificate apiServing(Collection<String> subjectAltNames) {
        Set<String> wanted = new LinkedHashSet<>();
        subjectAltNames.forEach(s -> wanted.add(CertificateIssuer.isIpLiteral(s) ? CertificateIssuer.canonicalIp(s) : s));
        IssuedCertificate stored = load(CertificateSet.API_SERVING);
        if (stored != null && fresh(stored.certificate()) && sans(stored.certificate()).containsAll(wanted)) {
            return stored;
        }
        return issueAndStore(CertificateSet.API_SERVING, "kube-apiserver", List.of(), true, wanted);
    }

    @Override
    public synchronized IssuedCertificate adminClient() {
        IssuedCertificate stored = load(CertificateSet.ADMIN_CLIENT);
        if (stored != null && fresh(stored.certificate())) {
            return stored;
        }
        return issueAndStore(CertificateSet.ADMIN_CLIENT, "kubernetes-admin", List.of("system:masters"), false, List.of());
    }

    @Override
    public IssuedCertificate issueClient(String commonName, Collection<String> organizations) {
        KeyPair keys = CertificateIssuer.newKeyPair();
        X509Certificate cert = CertificateIssuer.leaf(ca, caKey, keys.getPublic(), commonName, organizations, false, List.of());
        return new IssuedCertificate(cert, keys.getPrivate(), Pem.encode(cert), Pem.encode(keys.getPrivate()));
    }

    private IssuedCertificate issueAndStore(CertificateSet set, String cn, Collection<String> orgs, boolean server,
            Collection<String> sans) {
        KeyPair keys = CertificateIssuer.newKeyPair();
        X509Certificate cert = CertificateIssuer.leaf(ca, caKey, keys.getPublic(), cn, orgs, server, sans);
        IssuedCertificate issued = new IssuedCertificate(cert, keys.getPrivate(), Pem.encode(cert), Pem.encode(keys.getPrivate()));
        PrivateFiles.write(directory.resolve(set.fileBaseName() + ".key"), issued.privateKeyPem());
        PrivateFiles.write(directory.resolve(set.fileBaseName() + ".crt"), issued.certificatePem());
        return issued;
    }

    private IssuedCertificate load(CertificateSet set) {
        Path crt = directory.resolve(set.fileBaseName() + ".crt");
        Path key = directory.resolve(set.fileBaseName() + ".key");
        if (!Files.exists(crt) || !Files.exists(key)) {
            return null;
        }
        try {
            String crtPem = Files.readString(crt);
            String keyPem = Files.readString(key);
            X509Certificate cert = Pem.certificate(crtPem);
            cert.verify(ca.getPublicKey());
            return new IssuedCertificate(cert, Pem.privateKey(keyPem), crtPem, keyPem);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // unreadable or from another CA: issue a new one
            return null;
        }
    }

    private static boolean fresh(X509Certificate cert) {
        return cert.getNotAfter().toInstant().isAfter(Instant.now().plus(RENEW_BEFORE));
    }

    private static Set<String> sans(X509Certificate cert) {
        Set<String> names = new HashSet<>();
        try {
            Collection<List<?>> alt = cert.getSubjectAlternativeNames();
            if (alt != null) {
                for (List<?> entry : alt) {
                    String value = String.valueOf(entry.get(1));
                    names.add(((Integer) entry.get(0)) == 7 ? CertificateIssuer.canonicalIp(value) : value);
                }
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    @Override
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }

    @Override
    public KeyStore keyStore(IssuedCertificate issued, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            // the store lives in memory only (never written), so the key's password-based encryption protects
            // nothing: one PBKDF2 iteration instead of the default 10,000 saves ~0.2 s of each server start
            // (spent twice: to encrypt here and to decrypt in the key manager)
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            store.setEntry("key", new KeyStore.PrivateKeyEntry(issued.privateKey(), new Certificate[] {issued.certificate(), ca}),
                    new KeyStore.PasswordProtection(password, "PBEWithHmacSHA256AndAES_256", new PBEParameterSpec(salt, 1)));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the key store", e);
        }
    }

    @Override
    public void writeAdminKubeconfig(Path file, String serverUrl) {
        PrivateFiles.write(file, Kubeconfig.admin(serverUrl, caPem, adminClient()));
    }
}
