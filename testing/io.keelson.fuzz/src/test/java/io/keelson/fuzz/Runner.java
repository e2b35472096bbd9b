package io.keelson.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends requests with the admin's certificate and checks each answer on the spot: no 5xx, Status bodies, invalid input refused. */
final class Runner {

    private static final Pattern TOO_LARGE_RV = Pattern.compile("Too large resource version: (\\d+), current: (\\d+)");
    private static final Pattern NAMESPACED_LIST = Pattern.compile("^/apis?/(?:[^/]+/)?v[^/]+/namespaces/([^/]+)/[^/?]+(\\?.*)?$");
    private final HttpClient http;
    private final String server;
    private final Ledger ledger;
    String continueToken = "";
    private String previous = "none";
    /** The last answer said {@code Connection: close}: a failure of the next request on a reused connection is then the client's. */
    private boolean previousSaidClose;

    Runner(Tls tls, Ledger ledger) {
        this.http = HttpClient.newBuilder().sslContext(tls.context).version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        this.server = tls.server;
        this.ledger = ledger;
    }

    /** A plain call for setup and checks; returns the status and body. */
    HttpResponse<byte[]> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void send(Req r) {
        String path = r.path().replace(QueryCases.TOKEN, QueryCases.enc(continueToken));
        URI uri;
        try {
            uri = URI.create(server + path);
        } catch (IllegalArgumentException e) {
            uri = URI.create(server + path.replace(" ", "%20").replace("\n", "%0A").replace("\t", "%09"));
        }
        HttpRequest.BodyPublisher publisher = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : r.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(r.body()))
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(r.method(), publisher);
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        HttpResponse<byte[]> response;
        try {
            try {
                response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                if (!String.valueOf(e.getMessage()).contains("header parser received no bytes")) {
                    throw e;
                }
                // the server closed the kept-alive connection after its last answer without saying "Connection: close";
                // that is a defect of its own, and the request still deserves an answer: once more, on a new connection.
                // An answer that did say "Connection: close" is no defect (the client should not have reused it).
                if (!previousSaidClose) {
                    ledger.violation("kept-alive connection closed after an answer without Connection: close",
                            "previous request " + previous + "; then " + r.describe());
                }
                response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (java.io.IOException e) {
            // the request before often explains a dropped connection
            ledger.unanswered(r, e.getClass().getSimpleName() + ": " + e.getMessage() + " (previous request " + previous + ")");
            previous = "#" + r.index() + " no answer";
            previousSaidClose = true;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        String text = new String(response.body(), StandardCharsets.UTF_8);
        boolean rvTooLarge = status == 504 && tooLargeResourceVersion(path, text);
        ledger.answered(r, status, rvTooLarge);
        previousSaidClose = response.headers().firstValue("Connection").map(c -> c.equalsIgnoreCase("close")).orElse(false);
        previous = "#" + r.index() + " " + r.method() + " " + Runner.clip(r.path()) + " => " + status + " "
                + response.headers().firstValue("Connection").map(c -> "Connection: " + c).orElse("");
        if (status >= 500 && !rvTooLarge) {
            ledger.violation("5xx answer", r.describe() + " => " + status + " " + clip(text));
        }
        if ((status < 200 || status >= 300) && !r.method().equals("HEAD")) {
            checkStatusBody(r, status, text);
        }
        if (status >= 200 && status < 300 && r.mustReject()) {
            ledger.violation("accepted what Kubernetes rejects", r.describe() + " => " + status + " " + clip(text));
        }
        if (status >= 200 && status < 300 && r.method().equals("GET") && !path.contains("watch")) {
            checkListStaysInItsNamespace(r, path, text);
        }
        if (status >= 200 && status < 300 && r.category() == Category.UNKNOWN_FIELDS && !path.contains("fieldValidation=Ignore")
                && r.why().startsWith("unknown field") && response.headers().firstValue("Warning").isEmpty()) {
            ledger.divergence("unknown field accepted without a Warning header (Kubernetes warns: 299 - \"unknown field ...\")", r.describe());
        }
    }

    /**
     * Kubernetes' own answer to a list whose resourceVersion is ahead of the store: 504 Timeout with the cause
     * ResourceVersionTooLarge (apiserver storage.NewTooLargeResourceVersionError, from the watch cache's wait or etcd's
     * "future revision"); client-go's reflector relies on it to relist. Only that exact answer to that request is accepted.
     */
    static boolean tooLargeResourceVersion(String path, String text) {
        try {
            JsonNode s = Json.MAPPER.readTree(text);
            Matcher m = TOO_LARGE_RV.matcher(s.path("message").asText());
            boolean cause = false;
            for (JsonNode c : s.path("details").path("causes")) {
                cause |= "ResourceVersionTooLarge".equals(c.path("reason").asText());
            }
            return cause && "Timeout".equals(s.path("reason").asText()) && m.find()
                    && new java.math.BigInteger(m.group(1)).compareTo(new java.math.BigInteger(m.group(2))) > 0
                    && (path.contains("resourceVersion=" + m.group(1) + "&") || path.endsWith("resourceVersion=" + m.group(1)));
        } catch (Exception e) {
            return false;
        }
    }

    private void checkStatusBody(Req r, int status, String text) {
        try {
            JsonNode s = Json.MAPPER.readTree(text);
            if (s == null || !"Status".equals(s.path("kind").asText()) || !"v1".equals(s.path("apiVersion").asText())
                    || s.path("code").asInt(-1) != status || !"Failure".equals(s.path("status").asText())) {
                ledger.violation("non-2xx answer that is no Status with the same code", r.describe() + " => " + status + " " + clip(text));
            }
        } catch (Exception e) {
            ledger.violation("non-2xx answer that is no Status with the same code", r.describe() + " => " + status + " not JSON: " + clip(text));
        }
    }

    /** A list in one namespace, whatever its continue token says, holds objects of that namespace only. */
    private void checkListStaysInItsNamespace(Req r, String path, String text) {
        Matcher m = NAMESPACED_LIST.matcher(path);
        if (!m.matches()) {
            return;
        }
        try {
            JsonNode list = Json.MAPPER.readTree(text);
            for (JsonNode item : list.path("items")) {
                String ns = item.path("metadata").path("namespace").asText();
                if (!ns.equals(m.group(1))) {
                    ledger.violation("list returned objects of another namespace", r.describe() + " => item " + item.path("metadata").path("name")
                            + " in " + ns);
                }
            }
        } catch (Exception e) {
            // not a list: nothing to check
        }
    }

    static String clip(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
