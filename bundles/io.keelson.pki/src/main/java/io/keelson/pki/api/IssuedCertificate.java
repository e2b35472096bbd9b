package io.keelson.pki.api;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A certificate with its private key, and both as PEM text (what kubeconfig files and Go clients want).
 *
 * @param certificate   the certificate, issued by the cluster CA
 * @param privateKey    its private key
 * @param certificatePem the certificate as PEM
 * @param privateKeyPem the key as PKCS#8 PEM
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, String certificatePem,
        String privateKeyPem) {
}
