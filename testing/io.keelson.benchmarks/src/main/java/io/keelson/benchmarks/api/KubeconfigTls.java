package io.keelson.benchmarks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** The server URL and a TLS context (admin client certificate, cluster CA) from a kubeconfig's inline PEM data, as kubectl reads it. */
public record KubeconfigTls(String server, SSLContext ssl) {

    public static KubeconfigTls read(Path kubeconfig) throws Exception {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(kubeconfig.toFile());
        JsonNode cluster = config.path("clusters").path(0).path("cluster");
        JsonNode user = config.path("users").path(0).path("user");
        X509Certificate ca = certificate(pem(cluster, "certificate-authority-data"));
        X509Certificate cert = certificate(pem(user, "client-certificate-data"));
        PrivateKey key = privateKey(pem(user, "client-key-data"));

        char[] pw = "bench".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("admin", key, pw, new X509Certificate[] {cert});
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", ca);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return new KubeconfigTls(cluster.path("server").asText(), ssl);
    }

    private static String pem(JsonNode node, String field) {
        String data = node.path(field).asText(null);
        if (data == null) {
            throw new IllegalArgumentException("kubeconfig has no inline " + field);
        }
        return new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
    }

    private static X509Certificate certificate(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
        }
    }

    /** SEC1 ("EC PRIVATE KEY"), PKCS#1 and PKCS#8 keys alike. */
    private static PrivateKey privateKey(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (o instanceof PEMKeyPair pair) { // SEC1 may leave out the public key: convert only the private half
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (o instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalArgumentException("unsupported key in kubeconfig: " + (o == null ? "none" : o.getClass().getSimpleName()));
        }
    }
}
