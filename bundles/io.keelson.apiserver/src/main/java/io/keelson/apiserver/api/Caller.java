package io.keelson.apiserver.api;

import java.util.List;

/**
 * Who calls: what the x509 authenticator derives from a client certificate (user from CN, groups from
 * O plus {@code system:authenticated}). A null caller or one without a user is refused (401).
 *
 * @param userAgent the default field manager (its part before the first "/"), as the User-Agent header over HTTP
 */
public record Caller(String user, List<String> groups, String userAgent) {

    /** The API server's own loopback identity, as Kubernetes gives its in-process clients. */
    public static final Caller LOOPBACK = new Caller("system:apiserver", List.of("system:masters", "system:authenticated"),
            "keelson-client/local");

    public Caller {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
