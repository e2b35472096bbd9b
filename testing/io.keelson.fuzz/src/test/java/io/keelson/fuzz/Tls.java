package io.keelson.fuzz;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** The admin's TLS identity, read from the kubeconfig the server wrote (what kubectl would use), as an SSLContext. */
final class Tls {

    final String server;
    final SSLContext context;

    private Tls(String server, SSLContext context) {
        this.server = server;
        this.context = context;
    }

    static Tls fromKubeconfig(String kubeconfig) throws Exception {
        Map<String, String> fields = fields(kubeconfig);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        Certificate ca = x509.generateCertificate(new ByteArrayInputStream(decode(fields.get("certificate-authority-data"))));
        Certificate cert = x509.generateCertificate(new ByteArrayInputStream(decode(fields.get("client-certificate-data"))));
        PrivateKey key = privateKey(new String(decode(fields.get("client-key-data")), StandardCharsets.US_ASCII));

        char[] password = "fuzz".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("admin", key, password, new Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("cluster-ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return new Tls(unquote(fields.get("server")), ssl);
    }

    /** The kubeconfig has one cluster and one user: its scalar fields are enough, no YAML library needed. */
    private static Map<String, String> fields(String kubeconfig) {
        Map<String, String> out = new TreeMap<>();
        for (String line : kubeconfig.split("\n")) {
            String t = line.trim();
            int colon = t.indexOf(": ");
            if (colon > 0) {
                out.putIfAbsent(t.substring(0, colon), t.substring(colon + 2).trim());
            }
        }
        for (String required : new String[] {"server", "certificate-authority-data", "client-certificate-data", "client-key-data"}) {
            if (!out.containsKey(required)) {
                throw new IllegalArgumentException("kubeconfig has no " + required);
            }
        }
        return out;
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(unquote(base64));
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** PKCS#8, SEC1 or PKCS#1: whatever PEM the kubeconfig holds. */
    private static PrivateKey privateKey(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (o instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (o instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            throw new IllegalArgumentException("client-key-data is not a PEM private key: " + (o == null ? "empty" : o.getClass().getName()));
        }
    }
}
