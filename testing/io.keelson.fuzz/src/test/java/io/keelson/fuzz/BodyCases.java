package io.keelson.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Requests whose body is what is wrong: syntax, types, names, unknown fields, kinds, namespaces, media types, size. */
final class BodyCases {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String JSON = "application/json";
    private static final String NS = Generator.NS;
    private final Generator g;

    BodyCases(Generator g) {
        this.g = g;
    }

    Req brokenJson(int i) {
        Kind k = g.kind();
        String valid = Json.write(g.valid(k, i));
        int mode = g.random.nextInt(16);
        String why;
        byte[] body;
        switch (mode) {
            case 0 -> {
                int cut = 1 + g.random.nextInt(valid.length() - 1);
                body = bytes(valid.substring(0, cut));
                why = "truncated at " + cut;
            }
            case 1 -> {
                int at = structural(valid);
                body = bytes(valid.substring(0, at) + valid.substring(at + 1));
                why = "dropped '" + valid.charAt(at) + "' at " + at;
            }
            case 2 -> {
                int at = g.random.nextInt(valid.length());
                char c = g.pick('{', '}', '[', ']', '"', ':', ',');
                body = bytes(valid.substring(0, at) + c + valid.substring(at));
                why = "inserted '" + c + "' at " + at;
            }
            case 3 -> {
                String tail = g.pick(" x", "}", ",", "{}", "]", " null", "\u0000");
                body = bytes(valid + tail);
                why = "trailing " + Json.write(F.textNode(tail));
            }
            case 4 -> {
                body = bytes(valid.replace('"', '\''));
                why = "single quotes";
            }
            case 5 -> {
                body = bytes("{/* comment */" + valid.substring(1));
                why = "comment";
            }
            case 6 -> {
                String nan = g.pick("NaN", "Infinity", "-Infinity", "+1", "01", "1.", ".5", "0x10", "1e", "--1");
                body = bytes("{\"fuzzNumber" + i + "\":" + nan + "," + valid.substring(1));
                why = "number literal " + nan;
            }
            case 7 -> {
                body = bytes(g.pick("", " ", "\n\t ", "null", "true", "5", "\"str\"", "[]", "[1,2]", "hello", "{", "}", "{}}", "[{}]"));
                why = "not an object";
            }
            case 8 -> {
                body = bytes(valid.replaceFirst("\"name\":\"", "\"name\":\"\u0001\u0002"));
                why = "raw control characters in a string";
            }
            case 9 -> {
                body = invalidUtf8(valid);
                why = "invalid UTF-8 in a string";
            }
            case 10 -> {
                int depth = g.pick(200, 1000, 5000, 20000);
                body = bytes("{\"fuzzDeep" + i + "\":" + "[".repeat(depth) + "]".repeat(depth) + "," + valid.substring(1));
                why = "nesting depth " + depth;
            }
            case 11 -> {
                int depth = g.pick(1000, 5000, 20000);
                body = bytes("{\"fuzzDeep" + i + "\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "," + valid.substring(1));
                why = "object nesting depth " + depth;
            }
            case 12 -> {
                body = bytes(valid.replaceFirst("\"fz-", "\"fz-\\u12"));
                why = "bad \\u escape";
            }
            case 13 -> {
                body = bytes(valid.replaceFirst(":", "::"));
                why = "double colon";
            }
            case 14 -> {
                byte[] junk = new byte[1 + g.random.nextInt(400)];
                g.random.nextBytes(junk);
                body = junk;
                why = "random bytes";
            }
            default -> {
                body = bytes("\uFEFF" + valid);
                why = "byte order mark";
            }
        }
        // Go's encoding/json and a strict Jackson agree on what is well-formed, except that Go accepts invalid UTF-8 in strings
        // and nesting up to 10000: those may pass, the rest must be rejected
        boolean reject = !Json.wellFormed(body) && mode != 9 && mode != 10 && mode != 11 && mode != 15;
        return new Req(i, Category.BROKEN_JSON, "POST", k.collection(NS), JSON, body, false, reject, null, false, why).creating(k, NS, Generator.name(i));
    }

    Req brokenYaml(int i) {
        Kind k = g.kind();
        String valid = Json.yaml(g.valid(k, i));
        int mode = g.random.nextInt(10);
        boolean reject = true;
        String why;
        String body;
        switch (mode) {
            case 0 -> {
                body = valid.replaceFirst("\n  \"name\"", "\n\t\"name\"");
                why = "tab indentation";
            }
            case 1 -> {
                body = valid.replaceFirst("\"name\": \"(fz-\\d+)\"", "\"name\": \"$1");
                why = "unterminated quote";
            }
            case 2 -> {
                body = valid + "\"fuzzFlow\": {a: 1, b: [2\n";
                why = "unterminated flow collection";
            }
            case 3 -> {
                body = valid.replaceFirst("\n  \"labels\"", "\n   \"labels\"");
                why = "inconsistent indentation";
            }
            case 4 -> {
                body = valid + "\"fuzzAlias\": *nowhere\n";
                why = "undefined alias";
            }
            case 5 -> {
                body = valid + bomb();
                why = "alias expansion bomb";
            }
            case 6 -> {
                body = g.pick("- a\n- b\n", "hello\n", "42\n", "~\n", "", "---\n", "[1, 2]\n");
                why = "not a mapping";
            }
            case 7 -> {
                body = valid + "---\n" + Json.yaml(g.valid(k, i + 1_000_000));
                reject = false;
                why = "two documents";
            }
            case 8 -> {
                body = valid.replaceFirst("\"name\": ", "\"name\": !!binary ");
                reject = false;
                why = "!!binary tag on the name";
            }
            default -> {
                body = valid + "\"fuzzKey\": : :\n";
                why = "mapping value in the wrong place";
            }
        }
        String contentType = g.pick("application/yaml", "application/yaml", "application/x-yaml", "text/yaml");
        // Kubernetes decodes application/yaml only; the other two names are 415
        return Req.of(i, Category.BROKEN_YAML, "POST", k.collection(NS), contentType, body, reject || !contentType.equals("application/yaml"), why)
                .creating(k, NS, Generator.name(i));
    }

    private static String bomb() {
        StringBuilder b = new StringBuilder("\"fuzzBomb\":\n  \"a\": &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            b.append("  \"").append(c).append("\": &").append(c).append(" [");
            for (int n = 0; n < 9; n++) {
                b.append(n == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        return b.toString();
    }

    /** Known fields with a value of the wrong JSON type: Go's decoder refuses every one of them. */
    Req wrongTypes(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.SECRET, Kind.POD, Kind.DEPLOYMENT, Kind.SERVICE, Kind.NAMESPACE, Kind.LEASE, Kind.JOB, Kind.ROLE);
        List<Object[]> options = WrongTypes.forKind(k);
        Object[] choice = g.pick(options);
        ObjectNode body = g.valid(k, i);
        JsonNode value = Json.parse((String) choice[1]);
        Json.setAt(body, (String) choice[0], value);
        return g.create(i, Category.WRONG_TYPES, k, Json.write(body), JSON, true, choice[0] + " = " + choice[1]);
    }

    Req badNames(int i) {
        Kind k = g.kind();
        int mode = g.random.nextInt(10);
        if (mode == 0 && k.nameRule() != Kind.NameRule.PATH_SEGMENT) {
            ObjectNode body = g.valid(k, i);
            ((ObjectNode) body.path("metadata")).remove("name");
            String gen = g.pick("BAD_", "-lead", "x".repeat(300), "a..b-", "sp ace-");
            ((ObjectNode) body.path("metadata")).put("generateName", gen);
            return Req.of(i, Category.BAD_NAMES, "POST", k.collection(NS), JSON, Json.write(body), true, "generateName " + gen);
        }
        if (mode == 1) {
            // the body names a different object than the URL
            Generator.Seed s = g.seed();
            ObjectNode body = g.seedBody(s, i);
            ((ObjectNode) body.path("metadata")).put("name", "other-" + i);
            return Req.of(i, Category.BAD_NAMES, "PUT", s.path(), JSON, Json.write(body), true, "PUT body name differs from the URL");
        }
        String name = invalidName(k, i);
        ObjectNode body = g.valid(k, i);
        ((ObjectNode) body.path("metadata")).put("name", name);
        return Req.of(i, Category.BAD_NAMES, "POST", k.collection(NS), JSON, Json.write(body), true, "name " + Json.write(F.textNode(name)))
                .creating(k, NS, name);
    }

    private String invalidName(Kind k, int i) {
        return switch (k.nameRule()) {
            case PATH_SEGMENT -> g.pick("", ".", "..", "a/b" + i, "a%b" + i, "%2F" + i);
            case DNS1123_LABEL -> g.pick("", "UPPER" + i, "under_score" + i, "-lead" + i, "trail" + i + "-", "x".repeat(64), "dot.ted" + i,
                    "sp ace" + i, "\u00fcmlaut" + i, "new\nline" + i);
            case DNS1035_LABEL -> g.pick("", "UPPER" + i, "1abc" + i, "-lead" + i, "trail" + i + "-", "x".repeat(64), "dot.ted" + i,
                    "under_score" + i);
            case DNS1123_SUBDOMAIN -> g.pick("", "UPPER" + i, "under_score" + i, "-lead" + i, "trail" + i + "-", "x".repeat(254), "a..b" + i,
                    ".lead" + i, "sp ace" + i, "\u00fcmlaut" + i, "a/b" + i, "tab\t" + i);
        };
    }

    Req unknownFields(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.POD, Kind.DEPLOYMENT, Kind.SERVICE, Kind.SECRET, Kind.JOB, Kind.ROLE, Kind.NAMESPACE);
        String mode = g.pick("Strict", "Strict", "Warn", "Ignore", null, "", "Bogus", "strict", "STRICT");
        boolean strict = "Strict".equals(mode);
        boolean badMode = mode != null && !mode.isEmpty() && !List.of("Strict", "Warn", "Ignore").contains(mode);
        String query = mode == null ? "" : "?fieldValidation=" + mode;
        ObjectNode body = g.valid(k, i);
        String field = "fuzzUnknown" + i;
        int variant = g.random.nextInt(10);
        String why;
        String text;
        if (variant < 7) {
            String where = g.pick(UnknownPlaces.forKind(k));
            Json.setAt(body, where + "/" + field, g.pick(F.textNode("x"), F.numberNode(7), F.objectNode().put("deep", true), F.arrayNode().add(1)));
            text = Json.write(body);
            why = "unknown field " + where + "/" + field;
        } else if (variant < 9) {
            // a known field twice: strict decoding calls it a duplicate field
            String meta = Json.write(body.path("metadata"));
            text = "{\"metadata\":" + meta + "," + Json.write(body).substring(1);
            why = "duplicate field metadata";
        } else {
            // field names are case-sensitive: "Metadata" is not "metadata"
            body.set("Metadata", body.path("metadata").deepCopy());
            text = Json.write(body);
            why = "case-variant field Metadata";
        }
        boolean reject = strict || badMode;
        if (k == Kind.CONFIGMAP && g.chance(25)) {
            Generator.Seed s = Generator.SEEDS.get(0);
            ObjectNode update = g.seedBody(s, i);
            Json.setAt(update, "/metadata/" + field, F.textNode("x"));
            return Req.of(i, Category.UNKNOWN_FIELDS, "PUT", s.path() + query, JSON, Json.write(update), reject,
                    "PUT unknown field /metadata/" + field + " fieldValidation=" + mode);
        }
        return Req.of(i, Category.UNKNOWN_FIELDS, "POST", k.collection(NS) + query, JSON, text, reject, why + " fieldValidation=" + mode)
                .creating(k, NS, Generator.name(i));
    }

    Req wrongKind(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.POD, Kind.DEPLOYMENT, Kind.SECRET, Kind.SERVICE, Kind.LEASE);
        ObjectNode body = g.valid(k, i);
        boolean reject = true;
        String why;
        switch (g.random.nextInt(10)) {
            case 0 -> body.put("kind", k == Kind.SECRET ? "ConfigMap" : "Secret");
            case 1 -> body.put("apiVersion", k.group().equals("apps") ? "v1" : "apps/v1");
            case 2 -> body.put("apiVersion", k.group().isEmpty() ? "v2" : k.group() + "/v9");
            case 3 -> body.put("kind", k.kind().toLowerCase(java.util.Locale.ROOT));
            case 4 -> body.put("kind", g.pick("List", "Status", k.kind() + "List", "Scale", "DeleteOptions"));
            case 5 -> body.put("apiVersion", g.pick("extensions/v1beta1", "apps/v1beta1", "v1beta1", "/v1", "v1/", "apps/"));
            case 6 -> {
                body.put("kind", "");
                reject = false;
            }
            case 7 -> {
                body.remove("apiVersion");
                reject = false;
            }
            case 8 -> {
                body.remove("kind");
                body.remove("apiVersion");
                reject = false;
            }
            default -> {
                // a whole object of another kind
                Kind other = k == Kind.POD ? Kind.DEPLOYMENT : Kind.POD;
                body = g.valid(other, i);
            }
        }
        why = "kind=" + body.path("kind") + " apiVersion=" + body.path("apiVersion") + " to " + k.plural();
        if (k == Kind.CONFIGMAP && reject && g.chance(25)) {
            Generator.Seed s = Generator.SEEDS.get(0);
            ObjectNode update = g.seedBody(s, i);
            update.set("kind", body.path("kind"));
            update.set("apiVersion", body.path("apiVersion"));
            return Req.of(i, Category.WRONG_KIND, "PUT", s.path(), JSON, Json.write(update), true, "PUT " + why);
        }
        return g.create(i, Category.WRONG_KIND, k, Json.write(body), JSON, reject, why);
    }

    Req namespaceMismatch(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.POD, Kind.SECRET, Kind.DEPLOYMENT, Kind.ROLE, Kind.LEASE);
        ObjectNode body = g.valid(k, i);
        switch (g.random.nextInt(8)) {
            case 0, 1 -> {
                String other = g.pick("other", "default", "FUZZ", "kube-system", "fuzz ", "fuzz/x");
                ((ObjectNode) body.path("metadata")).put("namespace", other);
                return g.create(i, Category.NAMESPACE_MISMATCH, k, Json.write(body), JSON, true, "body namespace " + Json.write(F.textNode(other)));
            }
            case 2 -> {
                String ns = "nope-" + i;
                return Req.of(i, Category.NAMESPACE_MISMATCH, "POST", k.collection(ns), JSON, Json.write(body), true, "namespace does not exist")
                        .creating(k, ns, Generator.name(i));
            }
            case 3 -> {
                String ns = g.pick("BAD_NS", "-x", "x".repeat(64));
                return Req.of(i, Category.NAMESPACE_MISMATCH, "POST", k.collection(ns), JSON, Json.write(body), true, "invalid namespace in URL")
                        .creating(k, ns, Generator.name(i));
            }
            case 4 -> {
                Generator.Seed s = g.seed();
                ObjectNode update = g.seedBody(s, i);
                ((ObjectNode) update.path("metadata")).put("namespace", "default");
                return Req.of(i, Category.NAMESPACE_MISMATCH, "PUT", s.path(), JSON, Json.write(update), true, "PUT body namespace default");
            }
            case 5 -> {
                Kind c = g.pick(Kind.NAMESPACE, Kind.CLUSTER_ROLE, Kind.STORAGE_CLASS);
                ObjectNode cluster = g.valid(c, i);
                ((ObjectNode) cluster.path("metadata")).put("namespace", NS);
                // Kubernetes clears the namespace of a cluster-scoped object
                return g.create(i, Category.NAMESPACE_MISMATCH, c, Json.write(cluster), JSON, false, "cluster-scoped object with a namespace");
            }
            case 6 -> {
                Kind c = g.pick(Kind.NAMESPACE, Kind.CLUSTER_ROLE, Kind.STORAGE_CLASS);
                String path = "/api/v1/namespaces/" + NS + "/" + c.plural();
                if (!c.group().isEmpty()) {
                    path = c.groupVersionPath() + "/namespaces/" + NS + "/" + c.plural();
                }
                return Req.of(i, Category.NAMESPACE_MISMATCH, "POST", path, JSON, Json.write(g.valid(c, i)), true, "cluster-scoped type under a namespace")
                        .creating(c, null, Generator.name(i));
            }
            default -> {
                ((ObjectNode) body.path("metadata")).put("namespace", "");
                return g.create(i, Category.NAMESPACE_MISMATCH, k, Json.write(body), JSON, false, "empty body namespace");
            }
        }
    }

    Req contentTypes(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.SECRET, Kind.SERVICE_ACCOUNT, Kind.POD);
        String body = Json.write(g.valid(k, i));
        int mode = g.random.nextInt(10);
        if (mode < 6) {
            String ct = g.pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
                    "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json",
                    "application/apply-patch+yaml", "image/png", "garbage", "application/vnd.kubernetes.protobuf", "*/*", "application/*",
                    "application/json-seq");
            return g.create(i, Category.CONTENT_TYPES, k, body, ct, true, "POST as " + ct);
        }
        if (mode < 8) {
            String ct = g.pick(null, "application/json; charset=utf-8", "APPLICATION/JSON", "application/json;foo=bar");
            return g.create(i, Category.CONTENT_TYPES, k, body, ct, false, "POST as " + ct);
        }
        Generator.Seed s = Generator.SEEDS.get(0);
        if (mode == 8) {
            String ct = g.pick(null, "application/json", "text/plain", "application/xml", "application/yaml");
            String patch = "{\"metadata\":{\"labels\":{\"" + Generator.marker(i) + "\":\"x\"}}}";
            return Req.of(i, Category.CONTENT_TYPES, "PATCH", s.path(), ct, patch, true, "PATCH as " + ct);
        }
        String ct = g.pick("text/plain", "application/xml", "application/merge-patch+json", "application/json-patch+json", "garbage");
        return Req.of(i, Category.CONTENT_TYPES, "PUT", s.path(), ct, Json.write(g.seedBody(s, i)), true, "PUT as " + ct);
    }

    Req oversized(int i) {
        int mib = 1024 * 1024;
        int mode = i % 9;
        Generator.Seed cm = Generator.SEEDS.get(0);
        switch (mode) {
            case 0 -> {
                ObjectNode o = g.valid(Kind.CONFIGMAP, i);
                ((ObjectNode) o.path("data")).put("big", "x".repeat(3 * mib + 4096));
                return g.create(i, Category.OVERSIZED, Kind.CONFIGMAP, Json.write(o), JSON, true, "3 MiB + 4 KiB configmap");
            }
            case 1 -> {
                String o = Json.write(g.valid(Kind.CONFIGMAP, i));
                return g.create(i, Category.OVERSIZED, Kind.CONFIGMAP, o.substring(0, o.length() - 1) + " ".repeat(3 * mib + 10) + "}", JSON, true,
                        "small object padded past 3 MiB with whitespace");
            }
            case 2 -> {
                byte[] junk = new byte[4 * mib];
                g.random.nextBytes(junk);
                return new Req(i, Category.OVERSIZED, "POST", Kind.CONFIGMAP.collection(NS), JSON, junk, false, true, null, false, "4 MiB of random bytes");
            }
            case 3 -> {
                ObjectNode o = g.valid(Kind.CONFIGMAP, i);
                ((ObjectNode) o.path("data")).put("big", "y".repeat(3 * mib + 100));
                return g.create(i, Category.OVERSIZED, Kind.CONFIGMAP, Json.write(o), JSON, true, "3 MiB configmap, chunked (no Content-Length)")
                        .sentChunked();
            }
            case 4 -> {
                String patch = "{\"metadata\":{\"labels\":{\"" + Generator.marker(i) + "\":\"x\"}},\"data\":{\"big\":\"" + "z".repeat(3 * mib + 100) + "\"}}";
                return Req.of(i, Category.OVERSIZED, "PATCH", cm.path(), "application/merge-patch+json", patch, true, "3 MiB merge patch");
            }
            case 5 -> {
                ObjectNode o = g.seedBody(cm, i);
                ((ObjectNode) o.path("data")).put("big", "w".repeat(3 * mib + 100));
                return Req.of(i, Category.OVERSIZED, "PUT", cm.path(), JSON, Json.write(o), true, "3 MiB PUT");
            }
            case 6 -> {
                ObjectNode o = g.valid(Kind.CONFIGMAP, i);
                ((ObjectNode) o.path("data")).put("big", "v".repeat(3 * mib + 100));
                return g.create(i, Category.OVERSIZED, Kind.CONFIGMAP, Json.yaml(o), "application/yaml", true, "3 MiB YAML");
            }
            case 7 -> {
                // under the body limit, over the 1 MiB a ConfigMap may hold: 422
                ObjectNode o = g.valid(Kind.CONFIGMAP, i);
                ((ObjectNode) o.path("data")).put("big", "u".repeat(mib + mib / 2));
                return g.create(i, Category.OVERSIZED, Kind.CONFIGMAP, Json.write(o), JSON, true, "1.5 MiB of configmap data");
            }
            default -> {
                ObjectNode o = g.valid(Kind.SECRET, i);
                ((ObjectNode) o.path("data")).put("big", java.util.Base64.getEncoder().encodeToString(new byte[mib + mib / 4]));
                return g.create(i, Category.OVERSIZED, Kind.SECRET, Json.write(o), JSON, true, "1.25 MiB of secret data");
            }
        }
    }

    Req dryRun(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.SECRET, Kind.POD, Kind.DEPLOYMENT, Kind.NAMESPACE, Kind.SERVICE);
        Generator.Seed s = Generator.SEEDS.get(0);
        switch (g.random.nextInt(7)) {
            case 0, 1 -> {
                return Req.of(i, Category.DRY_RUN, "POST", k.collection(NS) + "?dryRun=All", JSON, Json.write(g.valid(k, i)), false, "dry-run create")
                        .creating(k, NS, Generator.name(i)).asDryRun();
            }
            case 2 -> {
                String v = g.pick("Bogus", "all", "true", "1", "All&dryRun=Bogus");
                return Req.of(i, Category.DRY_RUN, "POST", k.collection(NS) + "?dryRun=" + v, JSON, Json.write(g.valid(k, i)), true, "dryRun=" + v)
                        .creating(k, NS, Generator.name(i));
            }
            case 3 -> {
                return Req.of(i, Category.DRY_RUN, "PUT", s.path() + "?dryRun=All", JSON, Json.write(g.seedBody(s, i)), false, "dry-run update").asDryRun();
            }
            case 4 -> {
                String patch = "{\"metadata\":{\"labels\":{\"" + Generator.marker(i) + "\":\"x\"}}}";
                return Req.of(i, Category.DRY_RUN, "PATCH", g.seed().path() + "?dryRun=All", "application/merge-patch+json", patch, false,
                        "dry-run patch").asDryRun();
            }
            case 5 -> {
                return Req.of(i, Category.DRY_RUN, "DELETE", g.seed().path() + "?dryRun=All", null, null, false, "dry-run delete").asDryRun();
            }
            default -> {
                ObjectNode body = g.valid(k, i);
                ((ObjectNode) body.path("metadata")).put("name", "Invalid_" + i);
                return Req.of(i, Category.DRY_RUN, "POST", k.collection(NS) + "?dryRun=All", JSON, Json.write(body), true, "dry-run of an invalid name")
                        .creating(k, NS, "Invalid_" + i);
            }
        }
    }

    private int structural(String s) {
        for (int tries = 0; tries < 100; tries++) {
            int at = g.random.nextInt(s.length());
            if ("{}[]\":,".indexOf(s.charAt(at)) >= 0) {
                return at;
            }
        }
        return 0;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8(String valid) {
        int at = valid.indexOf("\"a\":\"") + 5;
        if (at < 5) {
            at = valid.indexOf("\"fuzz\":\"") + 8;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = bytes(valid.substring(0, at));
        out.write(head, 0, head.length);
        byte[] bad = g.pick(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF});
        out.write(bad, 0, bad.length);
        byte[] tail = bytes(valid.substring(at));
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }
}
