package io.keelson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.store.api.KeyValue;
import io.keelson.store.api.RangeRequest;
import io.keelson.testing.RunningApiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "bad input" bar: thousands of seeded malformed requests over HTTPS with the admin certificate; no 5xx, every error a
 * {@code Status} with the HTTP code, nothing Kubernetes refuses accepted, and afterwards nothing in the store that fails validation.
 * Reproduce a run with {@code -Dfuzz.seed=N}; {@code -Dfuzz.scale=K} sends K times as many requests of each category (the default
 * run, ~6,300 requests, is the CI one; {@code scripts/test-conformance} runs longer). The report is {@code target/fuzz-report.txt}.
 */
class FuzzTest {

    static final long DEFAULT_SEED = 20_260_101L;
    private static final Pattern MARKER = Pattern.compile("\"mk(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void malformedRequestsNeverBreakTheServerOrTheStore() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int scale = Integer.getInteger("fuzz.scale", 1);
        Ledger ledger = new Ledger();
        try (RunningApiServer server = RunningApiServer.start(dir)) {
            Runner runner = new Runner(Tls.fromKubeconfig(server.kubeconfigText()), ledger);
            Map<String, JsonNode> seedsBefore = createSeeds(runner);
            List<Req> requests = new Generator(seed).generate(Generator.counts(scale));

            long start = System.nanoTime();
            for (Req r : requests) {
                runner.send(r);
                if (r.method().equals("DELETE") && !r.dryRun() && ledger.succeeded(r.index())) {
                    // a delete that went through (refused or not, the ledger has it): bring the seeds back so later cases still hit them
                    restoreSeeds(runner, seedsBefore);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            Validator validator = new Validator(runner, ledger);
            List<Validator.Listed> everything = validator.listEverything();
            validator.validate(everything);
            checkRejectedCreatesLeftNothing(requests, everything, ledger);
            checkSeeds(runner, seedsBefore, ledger);
            checkStoreContents(server, ledger);

            String report = ledger.report(seed, millis);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-report.txt"), report);
            Files.writeString(Path.of("target", "fuzz-violations.txt"), ledger.fullViolations());
            System.out.println(report);

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(ledger.requests).as("requests sent").isGreaterThanOrEqualTo(5000);
            soft.assertThat(ledger.fiveHundreds).as("5xx answers").isZero();
            soft.assertThat(ledger.violations.keySet()).as("violations (see target/fuzz-report.txt)").isEmpty();
            soft.assertAll();
        }
    }

    /** The objects the fuzzer aims updates, patches and deletes at, plus a few configmaps so a list has a continue token. */
    private static Map<String, JsonNode> createSeeds(Runner runner) throws Exception {
        create(runner, Kind.NAMESPACE.collection(null), Json.write(Kind.NAMESPACE.valid(Generator.NS)));
        Map<String, JsonNode> before = new HashMap<>();
        for (Generator.Seed s : Generator.SEEDS) {
            before.put(s.name(), create(runner, s.kind().collection(Generator.NS), seedObject(s)));
        }
        for (int i = 0; i < 3; i++) {
            create(runner, Kind.CONFIGMAP.collection(Generator.NS), Json.write(Kind.CONFIGMAP.valid("page-" + i)));
        }
        var page = Json.MAPPER.readTree(runner.call("GET", Kind.CONFIGMAP.collection(Generator.NS) + "?limit=1", null, null).body());
        runner.continueToken = page.path("metadata").path("continue").asText();
        assertThat(runner.continueToken).as("a paged list of the fuzz namespace has a continue token").isNotEmpty();
        return before;
    }

    private static String seedObject(Generator.Seed s) {
        var body = s.kind().valid(s.name());
        if (s.kind() == Kind.DEPLOYMENT) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("spec").path("selector").path("matchLabels")).put("app", s.name());
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("spec").path("template").path("metadata").path("labels")).put("app", s.name());
        }
        return Json.write(body);
    }

    /** Re-creates seeds that are gone or going; the identity checks then hold against the new ones. */
    private static void restoreSeeds(Runner runner, Map<String, JsonNode> before) throws Exception {
        for (Generator.Seed s : Generator.SEEDS) {
            var now = runner.call("GET", s.path(), null, null);
            boolean terminating = now.statusCode() == 200 && Json.MAPPER.readTree(now.body()).path("metadata").has("deletionTimestamp");
            if (now.statusCode() == 200 && !terminating) {
                continue;
            }
            if (terminating) {
                runner.call("DELETE", s.path() + "?gracePeriodSeconds=0", null, null);
            }
            before.put(s.name(), create(runner, s.kind().collection(Generator.NS), seedObject(s)));
        }
    }

    private static JsonNode create(Runner runner, String collection, String body) throws Exception {
        var r = runner.call("POST", collection, "application/json", body);
        assertThat(r.statusCode()).as("setup POST " + collection + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return Json.MAPPER.readTree(r.body());
    }

    /** Creates that were refused, or were dry runs, must have left no object behind. */
    private static void checkRejectedCreatesLeftNothing(List<Req> requests, List<Validator.Listed> everything, Ledger ledger) {
        Set<String> present = new HashSet<>();
        for (Validator.Listed o : everything) {
            JsonNode m = o.object().path("metadata");
            present.add(o.plural() + "|" + (o.namespaced() ? m.path("namespace").asText() : "") + "|" + m.path("name").asText());
        }
        for (Req r : requests) {
            if (r.creates() == null || (ledger.succeeded(r.index()) && !r.dryRun())) {
                continue;
            }
            Req.Created c = r.creates();
            String id = c.kind().plural() + "|" + (c.namespace() == null ? "" : c.namespace()) + "|" + c.name();
            if (present.contains(id)) {
                ledger.violation(r.dryRun() ? "dry run persisted an object" : "refused create left an object", r.describe()
                        + " => answered " + ledger.statusByIndex.get(r.index()));
            }
        }
    }

    /** The seeds survive with their identity, and carry no marker of a write that was refused or a dry run. */
    private static void checkSeeds(Runner runner, Map<String, JsonNode> before, Ledger ledger) throws Exception {
        for (Generator.Seed s : Generator.SEEDS) {
            var r = runner.call("GET", s.path(), null, null);
            if (r.statusCode() != 200) {
                ledger.violation("seed object lost", s.path() + " => " + r.statusCode());
                continue;
            }
            JsonNode now = Json.MAPPER.readTree(r.body());
            JsonNode was = before.get(s.name());
            for (String f : new String[] {"uid", "name", "namespace", "creationTimestamp"}) {
                if (!now.path("metadata").path(f).equals(was.path("metadata").path(f))) {
                    ledger.violation("seed identity changed", s.path() + " metadata." + f + ": " + was.path("metadata").path(f) + " -> "
                            + now.path("metadata").path(f));
                }
            }
            if (!s.kind().kind().equals(now.path("kind").asText())) {
                ledger.violation("seed kind changed", s.path() + " kind " + now.path("kind"));
            }
            if (s.kind() == Kind.POD && !"c".equals(now.path("spec").path("containers").path(0).path("name").asText())) {
                ledger.violation("immutable pod spec changed", s.path() + " containers " + now.path("spec").path("containers"));
            }
            if (s.kind() == Kind.DEPLOYMENT && !now.path("spec").path("selector").equals(was.path("spec").path("selector"))) {
                ledger.violation("immutable selector changed", s.path() + " selector " + now.path("spec").path("selector"));
            }
            Matcher m = MARKER.matcher(Json.write(now.path("metadata").path("labels")));
            while (m.find()) {
                int index = Integer.parseInt(m.group(1));
                if (!ledger.succeeded(index)) {
                    ledger.violation("refused write was applied", s.path() + " carries the marker of request #" + index + " which was answered "
                            + ledger.statusByIndex.get(index));
                }
            }
        }
    }

    /** Below the API: every stored object decodes, and its name is valid for its type. */
    private static void checkStoreContents(RunningApiServer server, Ledger ledger) {
        for (KeyValue kv : server.store().range(RangeRequest.prefix("/registry/")).kvs()) {
            String[] parts = kv.key().split("/", -1);
            try {
                JsonNode o = Json.MAPPER.readTree(kv.value());
                String name = o.path("metadata").path("name").asText("");
                if (parts.length < 5 || !name.equals(parts[parts.length - 1])) {
                    ledger.violation("stored key and object disagree", kv.key() + " holds name " + Json.write(o.path("metadata").path("name")));
                }
                String group = parts[2].equals("core") ? "" : parts[2];
                if (parts.length >= 5 && !Names.valid(Names.ruleFor(group, parts[3]), name)) {
                    ledger.violation("stored object fails validation", kv.key() + ": invalid name");
                }
            } catch (Exception e) {
                ledger.violation("stored value is not a JSON object", kv.key());
            }
        }
    }
}
