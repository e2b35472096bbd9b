package io.keelson.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bogus PATCHes against the seeds: malformed json-patches, merge and strategic patches that are no objects or yield invalid objects,
 * bad directives, immutable fields, apply patches without what apply needs. Every patch carries the marker label of its request
 * (first op of a json-patch), so a rejected patch that was still applied, even in part, shows in the seed afterwards.
 */
final class PatchCases {

    private static final String JSON_PATCH = "application/json-patch+json";
    private static final String MERGE = "application/merge-patch+json";
    private static final String STRATEGIC = "application/strategic-merge-patch+json";
    private static final String APPLY = "application/apply-patch+yaml";
    private final Generator g;

    PatchCases(Generator g) {
        this.g = g;
    }

    Req bogusPatch(int i) {
        Generator.Seed s = g.seed();
        return switch (g.random.nextInt(4)) {
            case 0 -> jsonPatch(i, s);
            case 1 -> objectPatch(i, s, MERGE);
            case 2 -> objectPatch(i, s, STRATEGIC);
            default -> other(i, s);
        };
    }

    private Req jsonPatch(int i, Generator.Seed s) {
        String mark = "{\"op\":\"add\",\"path\":\"/metadata/labels/" + Generator.marker(i) + "\",\"value\":\"x\"}";
        String[] reject = {
            "{\"op\":\"bogus\",\"path\":\"/metadata/labels/a\",\"value\":\"x\"}",
            "{\"path\":\"/metadata/labels/a\",\"value\":\"x\"}",
            "{\"op\":\"add\",\"value\":\"x\"}",
            "{\"op\":\"add\",\"path\":\"metadata/labels/a\",\"value\":\"x\"}",
            "{\"op\":\"remove\",\"path\":\"/metadata/labels/nope\"}",
            "{\"op\":\"replace\",\"path\":\"/nope/deeper\",\"value\":1}",
            "{\"op\":\"move\",\"from\":\"/nope\",\"path\":\"/metadata/labels/b\"}",
            "{\"op\":\"copy\",\"from\":\"/metadata/nope\",\"path\":\"/metadata/labels/b\"}",
            "{\"op\":\"test\",\"path\":\"/metadata/name\",\"value\":\"wrong\"}",
            "{\"op\":\"add\",\"path\":\"/metadata/finalizers/99\",\"value\":\"example.com/x\"}",
            "{\"op\":\"add\",\"path\":\"/metadata/labels/bad key!\",\"value\":\"x\"}",
            "{\"op\":\"add\",\"path\":\"/metadata/labels/k\",\"value\":\"bad value!\"}",
            "{\"op\":\"add\",\"path\":\"/metadata/labels/k\",\"value\":5}",
            "{\"op\":\"replace\",\"path\":\"/metadata/name\",\"value\":\"renamed\"}",
            "{\"op\":\"replace\",\"path\":\"/metadata/namespace\",\"value\":\"default\"}",
            "{\"op\":\"replace\",\"path\":\"/metadata/uid\",\"value\":\"not-the-uid\"}",
            "{\"op\":\"replace\",\"path\":\"/metadata\",\"value\":\"gone\"}",
            "{\"op\":\"remove\",\"path\":\"/metadata/name\"}",
            "{\"op\":\"add\",\"path\":\"/metadata/finalizers\",\"value\":[\"bad finalizer!\"]}",
        };
        String[] specific = switch (s.name()) {
            case "seed-deploy" -> new String[] {
                "{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":-3}",
                "{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":\"x\"}",
                "{\"op\":\"replace\",\"path\":\"/spec/selector/matchLabels/app\",\"value\":\"other\"}",
                "{\"op\":\"remove\",\"path\":\"/spec/template/spec/containers/0\"}",
                "{\"op\":\"add\",\"path\":\"/spec/template/spec/containers/5\",\"value\":{}}",
            };
            case "seed-pod" -> new String[] {
                "{\"op\":\"replace\",\"path\":\"/spec/containers/0/name\",\"value\":\"other\"}",
                "{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"\"}",
                "{\"op\":\"add\",\"path\":\"/spec/containers/-\",\"value\":{\"name\":\"c2\",\"image\":\"x\"}}",
                "{\"op\":\"add\",\"path\":\"/spec/containers/-1\",\"value\":{}}",
                "{\"op\":\"replace\",\"path\":\"/spec/restartPolicy\",\"value\":\"Sometimes\"}",
            };
            case "seed-svc" -> new String[] {
                "{\"op\":\"replace\",\"path\":\"/spec/ports/0/port\",\"value\":70000}",
                "{\"op\":\"replace\",\"path\":\"/spec/type\",\"value\":\"Bogus\"}",
                "{\"op\":\"replace\",\"path\":\"/spec/ports/0/protocol\",\"value\":\"ICMP\"}",
            };
            case "seed-cm", "seed-secret" -> new String[] {
                "{\"op\":\"add\",\"path\":\"/data/bad key!\",\"value\":\"MQ==\"}",
                "{\"op\":\"replace\",\"path\":\"/data\",\"value\":\"flat\"}",
                "{\"op\":\"add\",\"path\":\"/data/a\",\"value\":5}",
            };
            default -> new String[0];
        };
        int mode = g.random.nextInt(10);
        if (mode == 0) {
            String body = g.pick("{}", "\"x\"", "5", "[1]", "[\"op\"]", "[[]]", "[{\"op\":\"add\"", "", "[{}]");
            return patch(i, s, JSON_PATCH, body, true, "json-patch that is no list of operations: " + body);
        }
        if (mode == 1) {
            // an empty patch is a valid no-op
            return patch(i, s, JSON_PATCH, "[]", false, "empty json-patch");
        }
        String op = mode < 6 || specific.length == 0 ? g.pick(reject) : g.pick(specific);
        return patch(i, s, JSON_PATCH, "[" + mark + "," + op + "]", true, "json-patch " + op);
    }

    private Req objectPatch(int i, Generator.Seed s, String type) {
        String[] notObjects = {"[1,2]", "\"str\"", "5", "true", "{\"metadata\":", "{\"a\":1}}", "{'a':1}"};
        if (g.chance(12)) {
            String body = g.pick(notObjects);
            return patch(i, s, type, body, true, "patch body " + body);
        }
        String[] reject = {
            "{\"metadata\":{\"labels\":{\"bad key!\":\"v\"}}}",
            "{\"metadata\":{\"labels\":{\"k\":\"bad value!\"}}}",
            "{\"metadata\":{\"labels\":{\"k\":5}}}",
            "{\"metadata\":{\"labels\":\"flat\"}}",
            "{\"metadata\":{\"name\":\"renamed\"}}",
            "{\"metadata\":{\"namespace\":\"default\"}}",
            "{\"metadata\":{\"uid\":\"not-the-uid\"}}",
            "{\"metadata\":{\"resourceVersion\":\"1\"}}",
            "{\"metadata\":{\"resourceVersion\":\"abc\"}}",
            "{\"metadata\":{\"finalizers\":[\"bad finalizer!\"]}}",
            "{\"metadata\":{\"annotations\":{\"bad key!\":\"x\"}}}",
        };
        String[] specific = switch (s.name()) {
            case "seed-deploy" -> new String[] {
                "{\"spec\":{\"replicas\":-1}}", "{\"spec\":{\"replicas\":\"x\"}}", "{\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"other\"}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"no-name\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"$patch\":\"bogus\",\"name\":\"c\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":\"c\"}}}}", "{\"spec\":{\"strategy\":{\"type\":\"Sometimes\"}}}",
            };
            case "seed-pod" -> new String[] {
                "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"\"}]}}", "{\"spec\":{\"containers\":\"x\"}}",
                "{\"spec\":{\"containers\":[{\"name\":\"other\",\"image\":\"x\"}]}}", "{\"spec\":{\"restartPolicy\":\"Sometimes\"}}",
                "{\"spec\":{\"nodeName\":\"somewhere\"}}",
            };
            case "seed-svc" -> new String[] {
                "{\"spec\":{\"ports\":[{\"port\":70000}]}}", "{\"spec\":{\"type\":\"Bogus\"}}", "{\"spec\":{\"ports\":[{\"port\":\"http\"}]}}",
            };
            default -> new String[] {
                "{\"data\":\"flat\"}", "{\"data\":{\"a\":5}}", "{\"data\":{\"bad key!\":\"MQ==\"}}", "{\"data\":[\"a\"]}",
            };
        };
        String[] strategic = {
            "{\"$patch\":\"bogus\"}", "{\"metadata\":{\"$patch\":\"bogus\"}}", "{\"metadata\":{\"$retainKeys\":5}}",
            "{\"metadata\":{\"$setElementOrder/finalizers\":\"x\"}}", "{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":5}}",
            "{\"metadata\":{\"labels\":{\"$patch\":\"replace\",\"bad key!\":\"x\"}}}",
        };
        String[] harmless = {
            "{}", "{\"metadata\":{\"creationTimestamp\":\"2000-01-01T00:00:00Z\"}}", "{\"metadata\":{\"labels\":{\"k\":null}}}",
            "{\"metadata\":{\"managedFields\":[]}}", "{\"metadata\":{\"generateName\":\"BAD_\"}}", "{\"status\":{}}", "{\"kind\":\"Secret\"}", "{\"apiVersion\":\"v9\"}",
            "{\"metadata\":null}",
        };
        int mode = g.random.nextInt(10);
        String body;
        boolean mustReject = true;
        if (mode < 4) {
            body = g.pick(reject);
        } else if (mode < 8) {
            body = g.pick(specific);
        } else if (mode == 8 && type.equals(STRATEGIC)) {
            body = g.pick(strategic);
        } else {
            body = g.pick(harmless);
            mustReject = false;
        }
        ObjectNode patch = (ObjectNode) Json.parse(body);
        ObjectNode marked = Json.MAPPER.createObjectNode();
        marked.putObject("metadata").putObject("labels").put(Generator.marker(i), "x");
        if (patch.path("metadata").isObject() || !patch.has("metadata")) {
            Json.merge(marked, patch);
            patch = marked;
        }
        return patch(i, s, type, Json.write(patch), mustReject, (type.equals(MERGE) ? "merge " : "strategic ") + body);
    }

    private Req other(int i, Generator.Seed s) {
        String label = "{\"metadata\":{\"labels\":{\"" + Generator.marker(i) + "\":\"x\"}}}";
        switch (g.random.nextInt(8)) {
            case 0 -> {
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.kind().item(Generator.NS, "missing-" + i), MERGE, label, true, "patch of a missing object");
            }
            case 1 -> {
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path() + "?fieldManager=" + "m".repeat(129), MERGE, label, true,
                        "fieldManager longer than 128");
            }
            case 2 -> {
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path() + "?force=true", MERGE, label, true, "force on a non-apply patch");
            }
            case 3 -> {
                String yaml = Json.yaml(applied(s, i)).replaceFirst("\n  \"name\"", "\n\t\"name\"");
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path() + "?fieldManager=fuzz", APPLY, yaml, true, "apply patch with broken YAML");
            }
            case 4 -> {
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path(), APPLY, Json.yaml(applied(s, i)), true, "apply patch without fieldManager");
            }
            case 5 -> {
                ObjectNode body = applied(s, i);
                body.remove("kind");
                body.remove("apiVersion");
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path() + "?fieldManager=fuzz", APPLY, Json.yaml(body), true,
                        "apply patch without apiVersion and kind");
            }
            case 6 -> {
                ObjectNode body = applied(s, i);
                ((ObjectNode) body.path("metadata")).put("name", "other-" + i);
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path() + "?fieldManager=fuzz", APPLY, Json.yaml(body), true,
                        "apply patch naming another object");
            }
            default -> {
                ArrayNode ops = Json.MAPPER.createArrayNode();
                ops.addObject().put("op", "add").put("path", "/metadata/labels/" + Generator.marker(i)).put("value", "x");
                ops.addObject().put("op", "test").put("path", "/metadata/labels/" + Generator.marker(i)).put("value", "y");
                return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path(), JSON_PATCH, Json.write(ops), true, "json-patch whose test op fails after an add");
            }
        }
    }

    /** The minimal object an apply patch sends: apiVersion, kind, name and the marker label. */
    private ObjectNode applied(Generator.Seed s, int i) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("apiVersion", s.kind().apiVersion());
        o.put("kind", s.kind().kind());
        ObjectNode meta = o.putObject("metadata");
        meta.put("name", s.name());
        meta.putObject("labels").put(Generator.marker(i), "x");
        return o;
    }

    private Req patch(int i, Generator.Seed s, String type, String body, boolean mustReject, String why) {
        return Req.of(i, Category.BOGUS_PATCHES, "PATCH", s.path(), type, body, mustReject, why);
    }
}
