package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.Names;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** ConfigMap and Secret: keys, total size, type-specific keys, immutability. */
final class ConfigValidation {
    static final int MAX_SIZE = 1024 * 1024;

    private ConfigValidation() {
    }

    static void configMap(ConfigMap cm, Errors errs) {
        long size = 0;
        Map<String, String> data = sorted(cm.getData());
        for (Map.Entry<String, String> e : data.entrySet()) {
            errs.invalidEach("data[" + e.getKey() + "]", e.getKey(), Names.configKey(e.getKey()));
            size += Objects.toString(e.getValue(), "").getBytes(StandardCharsets.UTF_8).length;
        }
        for (Map.Entry<String, String> e : sorted(cm.getBinaryData()).entrySet()) {
            errs.invalidEach("binaryData[" + e.getKey() + "]", e.getKey(), Names.configKey(e.getKey()));
            if (data.containsKey(e.getKey())) {
                errs.invalid("binaryData[" + e.getKey() + "]", e.getKey(), "duplicate of key present in data");
            }
            size += decodedLength(e.getValue());
        }
        if (size > MAX_SIZE) {
            errs.tooLong("", MAX_SIZE);
        }
    }

    static void secret(Secret s, Errors errs) {
        long size = 0;
        Map<String, String> data = sorted(s.getData());
        for (Map.Entry<String, String> e : data.entrySet()) {
            errs.invalidEach("data[" + e.getKey() + "]", e.getKey(), Names.configKey(e.getKey()));
            size += decodedLength(e.getValue());
        }
        if (size > MAX_SIZE) {
            errs.tooLong("data", MAX_SIZE);
        }
        String type = Objects.toString(s.getType(), "");
        switch (type) {
            case "kubernetes.io/service-account-token" -> {
                Map<String, String> ann = s.getMetadata() == null || s.getMetadata().getAnnotations() == null
                    ? Map.of() : s.getMetadata().getAnnotations();
                if (Objects.toString(ann.get("kubernetes.io/service-account.name"), "").isEmpty()) {
                    errs.required("metadata.annotations[kubernetes.io/service-account.name]", "");
                }
            }
            case "kubernetes.io/dockercfg" -> requireKey(data, ".dockercfg", errs);
            case "kubernetes.io/dockerconfigjson" -> requireKey(data, ".dockerconfigjson", errs);
            case "kubernetes.io/basic-auth" -> {
                if (!data.containsKey("username") && !data.containsKey("password")) {
                    errs.required("data[username]", "");
                    errs.required("data[password]", "");
                }
            }
            case "kubernetes.io/ssh-auth" -> requireKey(data, "ssh-privatekey", errs);
            case "kubernetes.io/tls" -> {
                requireKey(data, "tls.key", errs);
                requireKey(data, "tls.crt", errs);
            }
            default -> { }
        }
    }

    private static void requireKey(Map<String, String> data, String key, Errors errs) {
        if (!data.containsKey(key)) {
            errs.required("data[" + key + "]", "");
        }
    }

    static void configMapUpdate(ConfigMap now, ConfigMap was, Errors errs) {
        if (Boolean.TRUE.equals(was.getImmutable())) {
            if (!Boolean.TRUE.equals(now.getImmutable())) {
                errs.forbidden("immutable", "field is immutable when `immutable` is set");
            }
            if (!Objects.equals(sorted(now.getData()), sorted(was.getData()))) {
                errs.forbidden("data", "field is immutable when `immutable` is set");
            }
            if (!Objects.equals(sorted(now.getBinaryData()), sorted(was.getBinaryData()))) {
                errs.forbidden("binaryData", "field is immutable when `immutable` is set");
            }
        }
    }

    static void secretUpdate(Secret now, Secret was, Errors errs) {
        if (!Objects.equals(Objects.toString(now.getType(), ""), Objects.toString(was.getType(), ""))) {
            errs.invalid("type", Objects.toString(now.getType(), ""), "field is immutable");
        }
        if (Boolean.TRUE.equals(was.getImmutable())) {
            if (!Boolean.TRUE.equals(now.getImmutable())) {
                errs.forbidden("immutable", "field is immutable when `immutable` is set");
            }
            if (!Objects.equals(sorted(now.getData()), sorted(was.getData()))) {
                errs.forbidden("data", "field is immutable when `immutable` is set");
            }
        }
    }

    private static Map<String, String> sorted(Map<String, String> m) {
        Map<String, String> out = new TreeMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k == null ? "" : k, v));
        }
        return out;
    }

    private static long decodedLength(String base64) {
        if (base64 == null) {
            return 0;
        }
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
