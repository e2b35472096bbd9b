package io.keelson.apiserver.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;

/** /version: the Kubernetes version Keelson's API matches (kubectl warns on more than one minor of skew). */
final class Version {

    static final String MAJOR = "1";
    static final String MINOR = "32";

    private Version() {
    }

    static ObjectNode info() {
        return Json.object().put("major", MAJOR).put("minor", MINOR).put("gitVersion", "v1.32.0-keelson.0.1.0")
                .put("gitCommit", "0000000000000000000000000000000000000000").put("gitTreeState", "clean")
                .put("buildDate", "2026-11-25T00:00:00Z").put("goVersion", "java" + Runtime.version().feature())
                .put("compiler", "keelson").put("platform", System.getProperty("os.name").toLowerCase() + "/"
                        + System.getProperty("os.arch").replace("x86_64", "amd64"));
    }
}
