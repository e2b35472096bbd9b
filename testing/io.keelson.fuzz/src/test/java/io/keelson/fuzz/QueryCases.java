package io.keelson.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Requests whose URL is what is wrong: selectors, resource versions, paging parameters, and random methods on random paths. */
final class QueryCases {

    /** Replaced at send time by a real continue token of a configmap list in the fuzz namespace. */
    static final String TOKEN = "@TOKEN@";
    private static final String NS = Generator.NS;
    private final Generator g;

    QueryCases(Generator g) {
        this.g = g;
    }

    /** Label selectors Kubernetes' parser refuses. */
    private static final String[] BAD_LABELS = {
        "=", "==", "!", "a in (", "a in (b", "a notin", "a=b=c", "a b", "a>b", "a<", "a=b!", "a,,b", "-a=b",
        "a/b/c=d", "(a)", "a in (b,(c))", "x".repeat(64) + "=v", "a=" + "v".repeat(64), "a=(b)", "a in b", "!=b", "a!", "&a", "a=b,", ",a",
    };
    /**
     * Label selectors that are fine, and odd. {@code a in ()} and {@code a notin ()} are valid: apimachinery's labels parser
     * (selector.go, parseValues: {@code case ClosedParToken: // handles "()"}) reads {@code ()} as the value set {""}.
     */
    private static final String[] ODD_LABELS = {"", "a", "!a", "a in (b,c)", "a notin (b)", "a!=b", "a>5", " a = b ", "a==b", "a,b", "a in (b, c)",
        "a in ()", "a notin ()"};
    /** Field selectors Kubernetes refuses for configmaps. */
    private static final String[] BAD_FIELDS = {
        "foo=bar", "metadata.name", "metadata.name in (a)", "spec.nodeName=x", "status.phase=Running", "metadata.labels=x", "metadata.name=a,x",
        "metadata.name~a", "metadata.uid=x", "data.a=1",
    };
    private static final String[] ODD_FIELDS = {"", "metadata.name=x", "metadata.name!=x", "metadata.namespace=fuzz", "metadata.name==x",
        "metadata.name=", "metadata.name=a,metadata.namespace=b"};

    Req bogusSelector(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.SECRET, Kind.POD, Kind.DEPLOYMENT, Kind.SERVICE);
        boolean label = g.chance(60);
        boolean bad = g.chance(75);
        String selector = label ? (bad ? g.pick(BAD_LABELS) : g.pick(ODD_LABELS))
                : (bad ? (k == Kind.POD ? g.pick("foo=bar", "metadata.name", "spec.bogus=x", "metadata.labels=x", "spec.nodeName in (a)")
                        : g.pick(BAD_FIELDS)) : g.pick(ODD_FIELDS));
        String param = (label ? "labelSelector=" : "fieldSelector=") + enc(selector);
        int where = g.random.nextInt(10);
        if (where < 5) {
            return Req.of(i, Category.BOGUS_SELECTORS, "GET", k.collection(NS) + "?" + param, null, null, bad, "list with " + param);
        }
        if (where < 7) {
            String all = k.groupVersionPath() + "/" + k.plural();
            return Req.of(i, Category.BOGUS_SELECTORS, "GET", all + "?" + param, null, null, bad, "list all namespaces with " + param);
        }
        if (where < 9) {
            return Req.of(i, Category.BOGUS_SELECTORS, "GET", k.collection(NS) + "?watch=true&timeoutSeconds=1&" + param, null, null, bad,
                    "watch with " + param);
        }
        // a delete-collection with a selector the server cannot parse must delete nothing (never treat it as "everything")
        String badOnly = label ? g.pick(BAD_LABELS) : g.pick(BAD_FIELDS);
        String p = (label ? "labelSelector=" : "fieldSelector=") + enc(badOnly);
        return Req.of(i, Category.BOGUS_SELECTORS, "DELETE", Kind.CONFIGMAP.collection(NS) + "?" + p, null, null, true, "delete-collection with " + p);
    }

    Req badResourceVersion(int i) {
        Generator.Seed cm = Generator.SEEDS.get(0);
        int mode = g.random.nextInt(10);
        if (mode < 4) {
            String rv = g.pick("abc", "-1", "1.5", "99999999999999999999999", " 12", "0x10", "1", "1e3", "null", "0", "");
            boolean reject = !rv.equals("0") && !rv.isEmpty();
            var body = g.seedBody(cm, i);
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("metadata")).put("resourceVersion", rv);
            return Req.of(i, Category.BAD_RESOURCE_VERSION, "PUT", cm.path(), "application/json", Json.write(body), reject,
                    "PUT with resourceVersion " + Json.write(Json.MAPPER.getNodeFactory().textNode(rv)));
        }
        if (mode < 6) {
            Kind k = g.pick(Kind.CONFIGMAP, Kind.POD, Kind.NAMESPACE);
            String rv = g.pick("abc", "-1", "1.5", "99999999999999999999999", "0x10", "%20", "9999999999");
            String match = g.pick(null, "Exact", "NotOlderThan", "Bogus", "exact");
            boolean reject = match != null && (match.equals("Bogus") || match.equals("exact"));
            String q = "resourceVersion=" + rv + (match == null ? "" : "&resourceVersionMatch=" + match);
            return Req.of(i, Category.BAD_RESOURCE_VERSION, "GET", k.collection(NS) + "?" + q, null, null, reject, "list with " + q);
        }
        if (mode == 6) {
            String match = g.pick("Exact", "NotOlderThan");
            return Req.of(i, Category.BAD_RESOURCE_VERSION, "GET", Kind.CONFIGMAP.collection(NS) + "?resourceVersionMatch=" + match, null, null, true,
                    "resourceVersionMatch without resourceVersion");
        }
        if (mode == 7) {
            String rv = g.pick("abc", "-1", "1.5", "0x10", "99999999999999999999999");
            return Req.of(i, Category.BAD_RESOURCE_VERSION, "GET", Kind.CONFIGMAP.collection(NS) + "?watch=1&timeoutSeconds=1&resourceVersion=" + rv,
                    null, null, false, "watch from resourceVersion " + rv);
        }
        // deletes whose preconditions cannot hold: the seed must survive
        String body = g.pick("{\"preconditions\":{\"resourceVersion\":\"abc\"}}", "{\"preconditions\":{\"resourceVersion\":\"1\"}}",
                "{\"preconditions\":{\"resourceVersion\":\"-5\"}}", "{\"preconditions\":{\"uid\":\"not-the-uid\"}}", "{\"preconditions\":5}",
                "{not json", "{\"propagationPolicy\":\"Bogus\"}", "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"preconditions\":{\"uid\":\"x\"}}");
        Generator.Seed s = g.seed();
        if (g.chance(20)) {
            return Req.of(i, Category.BAD_RESOURCE_VERSION, "DELETE", s.path() + "?propagationPolicy=" + g.pick("Bogus", "orphan", "all"), null, null,
                    true, "delete with a bad propagationPolicy");
        }
        return Req.of(i, Category.BAD_RESOURCE_VERSION, "DELETE", s.path(), "application/json", body, true, "delete with " + body);
    }

    Req badPaging(int i) {
        Kind k = g.pick(Kind.CONFIGMAP, Kind.CONFIGMAP, Kind.SECRET, Kind.POD, Kind.NAMESPACE);
        String base = g.chance(80) ? k.collection(NS) : k.groupVersionPath() + "/" + k.plural();
        int mode = g.random.nextInt(10);
        if (mode < 3) {
            String limit = g.pick("abc", "1.5", "1e3", "99999999999999999999", "0x10", "%201", "--1", "1,2");
            return Req.of(i, Category.BAD_PAGING, "GET", base + "?limit=" + limit, null, null, true, "limit=" + limit);
        }
        if (mode == 3) {
            String limit = g.pick("-1", "0", "-99999", "2147483648", "1");
            return Req.of(i, Category.BAD_PAGING, "GET", base + "?limit=" + limit, null, null, false, "limit=" + limit);
        }
        if (mode < 8) {
            String token = g.pick(continueTokens(i));
            return Req.of(i, Category.BAD_PAGING, "GET", base + "?limit=" + (1 + g.random.nextInt(5)) + "&continue=" + enc(token), null, null, true,
                    "continue=" + (token.length() > 60 ? token.substring(0, 60) + "..." : token));
        }
        if (mode == 8) {
            return Req.of(i, Category.BAD_PAGING, "GET", Kind.CONFIGMAP.collection(NS) + "?limit=1&resourceVersion=1&continue=" + TOKEN, null, null, true,
                    "continue together with resourceVersion");
        }
        // a real token, used where it was not issued: another type, namespace or selector (Kubernetes answers, never leaks)
        String where = g.pick(Kind.SECRET.collection(NS), Kind.CONFIGMAP.collection("default"), "/api/v1/configmaps", Kind.POD.collection(NS),
                Kind.CONFIGMAP.collection(NS) + "?labelSelector=x%3Dy&");
        String sep = where.endsWith("&") ? "" : "?";
        return Req.of(i, Category.BAD_PAGING, "GET", where + sep + "limit=2&continue=" + TOKEN, null, null, false, "foreign continue token");
    }

    private List<String> continueTokens(int i) {
        List<String> t = new ArrayList<>();
        t.add("garbage");
        t.add("x".repeat(10_000));
        t.add(b64("garbage"));
        t.add(b64("{\"v\":\"meta.k8s.io/v2\",\"rv\":5,\"start\":\"a\"}"));
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":0,\"start\":\"a\"}"));
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":5,\"start\":\"../secrets/\"}"));
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":5,\"start\":\"\"}"));
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":5,\"start\":\"a/../../b\"}"));
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":\"x\",\"start\":\"a\"}"));
        t.add(b64("[]"));
        t.add(b64("null"));
        t.add("%%%");
        t.add(b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":99999999999999999999,\"start\":\"a\"}"));
        return t;
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get", "MKCOL"};
    private static final String[] SEGMENTS = {"api", "apis", "v1", "v2", "apps", "batch", "namespaces", "default", "kube-system", "kube-public", "nope",
        "pods", "configmaps", "deployments", "services", "secrets", "nodes", "status", "scale", "log", "exec", "binding", "eviction", "proxy",
        "attach", "portforward", "ephemeralcontainers", "finalize", "approval", "", ".", "..", "%2e%2e", "%2F", "%00", "%ff", "%C3%BC",
        "x".repeat(300), "*", "watch", "openapi", "version", "healthz", "v3", "metrics", "..%2f", "fz-1", "x", "a%20b", "%25", ";", "@", "~",
        "apis/apps/v1", "api/v1/namespaces/default/pods", "livez", "readyz", "v2beta1", "storage.k8s.io", "rbac.authorization.k8s.io"};
    private static final String[] QUERY = {"watch=false", "timeoutSeconds=1", "limit=x", "pretty=true", "dryRun=All", "dryRun=bogus",
        "propagationPolicy=bogus", "gracePeriodSeconds=-5", "fieldManager=" + "f".repeat(200), "force=true", "labelSelector=%3D",
        "fieldSelector=x", "resourceVersion=abc", "continue=x", "includeObject=Bogus", "as=Table", "fieldValidation=Bogus", "orphanDependents=maybe"};

    Req random(int i) {
        String method = g.pick(METHODS);
        StringBuilder path = new StringBuilder();
        int n = g.random.nextInt(8);
        for (int s = 0; s < n; s++) {
            path.append('/').append(g.pick(SEGMENTS));
        }
        if (path.length() == 0 || g.chance(10)) {
            path.append('/');
        }
        String p = path.toString();
        // no random deletes outside the namespaces the fuzzer may lose, nor of whole types across namespaces
        if (method.equals("DELETE") && !(p.contains("/namespaces/default") || p.contains("/namespaces/kube-public") || p.contains("/namespaces/nope"))) {
            method = "GET";
        }
        if (p.contains("/" + NS)) {
            method = "GET";
        }
        List<String> q = new ArrayList<>();
        int qn = g.random.nextInt(3);
        for (int s = 0; s < qn; s++) {
            q.add(g.pick(QUERY));
        }
        if (p.contains("watch")) {
            q.add("timeoutSeconds=1");
        }
        String query = q.isEmpty() ? "" : "?" + String.join("&", q);
        String body = null;
        String ct = null;
        if (!method.equals("GET") && !method.equals("HEAD") && g.chance(70)) {
            body = g.pick("{}", Json.write(Kind.CONFIGMAP.valid(Generator.name(i))), "garbage", "[]", "{\"kind\":\"Status\"}",
                    Json.write(Kind.NAMESPACE.valid("rnd-" + i)));
            ct = g.pick("application/json", "application/merge-patch+json", "application/json-patch+json", "text/plain", null);
        }
        return Req.of(i, Category.RANDOM, method, p + query, ct, body, false, "random request");
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
