package io.keelson.apiserver.internal.http;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Who is calling. A client certificate the TLS layer verified against the cluster CA names the user
 * (CN) and groups (O), as Kubernetes' x509 authenticator does. The insecure port is the old
 * "localhost:8080" trust: everything is the admin.
 */
public final class Authenticator {

    /** An authenticated user. */
    public record User(String name, List<String> groups) {
        public static final User INSECURE = new User("system:admin", List.of("system:masters", "system:authenticated"));
    }

    public User authenticate(Exchange exchange) {
        if (!exchange.secure()) {
            return User.INSECURE;
        }
        X509Certificate[] chain = exchange.peerCertificates();
        if (chain == null || chain.length == 0) {
            return null;
        }
        return fromCertificate(chain[0]);
    }

    static User fromCertificate(X509Certificate cert) {
        String cn = null;
        List<String> groups = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = rdn.getValue().toString();
                } else if (rdn.getType().equalsIgnoreCase("O")) {
                    groups.add(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        if (cn == null || cn.isEmpty()) {
            return null;
        }
        groups.add("system:authenticated");
        return new User(cn, List.copyOf(groups));
    }

    /** Paths anyone may read, as Kubernetes' system:public-info-viewer allows. */
    public static boolean isPublic(String path) {
        return path.equals("/healthz") || path.equals("/livez") || path.equals("/readyz") || path.equals("/version")
                || path.startsWith("/healthz/") || path.startsWith("/livez/") || path.startsWith("/readyz/");
    }
}
