package io.keelson.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the malformed requests: everything comes from one seeded {@link Random}, so a seed and an index name a request exactly.
 * The categories are interleaved in a seeded order, as a hostile client would mix them.
 */
final class Generator {

    static final String NS = "fuzz";

    /** Objects made before the run that updates, patches and deletes aim at; none of them may be lost or corrupted. */
    record Seed(Kind kind, String name) {
        String path() {
            return kind.item(NS, name);
        }
    }

    static final List<Seed> SEEDS = List.of(new Seed(Kind.CONFIGMAP, "seed-cm"), new Seed(Kind.SECRET, "seed-secret"), new Seed(Kind.POD, "seed-pod"),
            new Seed(Kind.SERVICE, "seed-svc"), new Seed(Kind.DEPLOYMENT, "seed-deploy"));

    final Random random;
    private final BodyCases bodies = new BodyCases(this);
    private final PatchCases patches = new PatchCases(this);
    private final QueryCases queries = new QueryCases(this);

    Generator(long seed) {
        this.random = new Random(seed);
    }

    List<Req> generate(Map<Category, Integer> counts) {
        List<Category> order = new ArrayList<>();
        counts.forEach((c, n) -> order.addAll(Collections.nCopies(n, c)));
        Collections.shuffle(order, random);
        List<Req> out = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            out.add(next(i, order.get(i)));
        }
        return out;
    }

    /** The default counts times {@code scale}. */
    static Map<Category, Integer> counts(int scale) {
        Map<Category, Integer> m = defaultCounts();
        m.replaceAll((c, n) -> n * Math.max(1, scale));
        return m;
    }

    static Map<Category, Integer> defaultCounts() {
        Map<Category, Integer> m = new EnumMap<>(Category.class);
        m.put(Category.BROKEN_JSON, 700);
        m.put(Category.BROKEN_YAML, 350);
        m.put(Category.WRONG_TYPES, 650);
        m.put(Category.BAD_NAMES, 450);
        m.put(Category.UNKNOWN_FIELDS, 600);
        m.put(Category.BOGUS_SELECTORS, 450);
        m.put(Category.BOGUS_PATCHES, 800);
        m.put(Category.CONTENT_TYPES, 350);
        m.put(Category.OVERSIZED, 36);
        m.put(Category.WRONG_KIND, 300);
        m.put(Category.NAMESPACE_MISMATCH, 300);
        m.put(Category.BAD_RESOURCE_VERSION, 300);
        m.put(Category.BAD_PAGING, 300);
        m.put(Category.DRY_RUN, 150);
        m.put(Category.RANDOM, 600);
        return m;
    }

    private Req next(int i, Category c) {
        return switch (c) {
            case BROKEN_JSON -> bodies.brokenJson(i);
            case BROKEN_YAML -> bodies.brokenYaml(i);
            case WRONG_TYPES -> bodies.wrongTypes(i);
            case BAD_NAMES -> bodies.badNames(i);
            case UNKNOWN_FIELDS -> bodies.unknownFields(i);
            case WRONG_KIND -> bodies.wrongKind(i);
            case NAMESPACE_MISMATCH -> bodies.namespaceMismatch(i);
            case CONTENT_TYPES -> bodies.contentTypes(i);
            case OVERSIZED -> bodies.oversized(i);
            case DRY_RUN -> bodies.dryRun(i);
            case BOGUS_PATCHES -> patches.bogusPatch(i);
            case BOGUS_SELECTORS -> queries.bogusSelector(i);
            case BAD_RESOURCE_VERSION -> queries.badResourceVersion(i);
            case BAD_PAGING -> queries.badPaging(i);
            case RANDOM -> queries.random(i);
        };
    }

    // ---- shared helpers ----

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    Kind kind() {
        return pick(Kind.ALL);
    }

    Seed seed() {
        return pick(SEEDS);
    }

    static String name(int i) {
        return "fz-" + i;
    }

    /** A label key that marks a write: if it shows up in a seed, the request with this index was applied. */
    static String marker(int i) {
        return "mk" + i;
    }

    ObjectNode valid(Kind k, int i) {
        return k.valid(name(i));
    }

    /** A seed's full object as a PUT body, with the marker label of request {@code i}. */
    ObjectNode seedBody(Seed s, int i) {
        ObjectNode o = s.kind().valid(s.name());
        ((ObjectNode) o.path("metadata").path("labels")).put(marker(i), "x");
        if (s.kind() == Kind.DEPLOYMENT) {
            // the seed's selector must not change (it is immutable)
            ((ObjectNode) o.path("spec").path("selector").path("matchLabels")).put("app", s.name());
            ((ObjectNode) o.path("spec").path("template").path("metadata").path("labels")).put("app", s.name());
        }
        return o;
    }

    Req create(int i, Category c, Kind k, String body, String contentType, boolean mustReject, String why) {
        return Req.of(i, c, "POST", k.collection(NS), contentType, body, mustReject, why).creating(k, NS, name(i));
    }
}
