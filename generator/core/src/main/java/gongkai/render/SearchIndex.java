package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The static index behind the search page, written in shards so that a visitor downloads only what a query
 * needs, however large the site.
 *
 * <p>Chinese is matched without word segmentation: every run of text is cut into overlapping pairs of
 * characters (bigrams), and a query matches a document that holds all of the query's pairs; the page then
 * confirms the match on the document's own text. A pair is kept in the term shard chosen by its first
 * character, so a query of n characters reads at most n − 1 term shards (one for a single character), and
 * only the document shards of the results it shows.
 *
 * <ul>
 * <li>{@code search/index.json}: the shard counts, the status labels and the plans' names.</li>
 * <li>{@code search/terms/N.json}: {"pair": [id, gap, gap, …]} — the ids of the documents holding the pair,
 * ascending, as gaps from the previous id.</li>
 * <li>{@code search/docs/N.json}: documents N × DOCS_PER_SHARD onwards, each [kind, url, title, context,
 * status, overdue, text]; kind is p (plan), u (unit) or t (task); text is the normalized searchable text.</li>
 * </ul>
 * The page normalizes the query as this class normalizes text: NFKC, then lower case.
 */
public final class SearchIndex {

    /** Documents per document shard. */
    public static final int DOCS_PER_SHARD = 500;
    /** A term shard holds about this many postings, so its file stays small (about 30 KB) at any scale. */
    static final int POSTINGS_PER_SHARD = 6000;
    static final int MIN_TERM_SHARDS = 8;
    /**
     * Distinct pairs a document holds, about: 25 on the shipped plans, 30 on the synthetic ones. The shard
     * count is chosen from it, so the list of files is known without building the index, which then runs
     * with the other rendering jobs instead of before them.
     */
    static final int PAIRS_PER_DOC = 32;
    static final int MAX_TERM_SHARDS = 4096;
    /** The characters JavaScript's \s matches, so the page splits a query exactly as this class splits text. */
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile(
            "[\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+");

    private final SiteGraph graph;
    private final ViewFactory views;
    private final gongkai.model.Messages messages;
    private volatile Built built;

    public SearchIndex(SiteGraph graph) {
        this.graph = graph;
        this.views = new ViewFactory(graph);
        this.messages = graph.config().messages();
    }

    /** One searchable thing. */
    record Doc(String kind, String url, String title, String context, String status, boolean overdue,
            List<String> fields) {
    }

    private record Built(List<Doc> docs, List<String> texts, List<Map<String, Ids>> shards) {
    }

    /** Document ids in ascending order, unboxed: a 100k-task site has millions of postings. */
    private static final class Ids {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    public List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("search/index.json", this::meta));
        int docShards = Math.max(1, (docCount() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        for (int i = 0; i < docShards; i++) {
            int n = i;
            jobs.add(new Job("search/docs/" + n + ".json", () -> docShard(n)));
        }
        int termShards = termShardCount();
        for (int i = 0; i < termShards; i++) {
            int n = i;
            jobs.add(new Job("search/terms/" + n + ".json", () -> termShard(n)));
        }
        return jobs;
    }

    /** NFKC and lower case: what both the index and the page do to text before cutting it into pairs. */
    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The keys of a text: for each character, it and the next one within the same run of non-space
     * characters; the last character of a run stands alone. Characters are code points.
     */
    public static Set<String> keys(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        for (String run : SPACE.split(normalized)) {
            int[] cps = run.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                out.add(new String(cps, i, Math.min(2, cps.length - i)));
            }
        }
        return out;
    }

    /** The term shard a key lives in: its first code point modulo the shard count. */
    public static int shardOf(String key, int shardCount) {
        return key.codePointAt(0) % shardCount;
    }

    private List<Doc> docs() {
        return built().docs();
    }

    /** Plans, units and tasks: what build() makes a document of. */
    private int docCount() {
        int count = graph.content().plans().size() + graph.content().units().size();
        for (Plan p : graph.content().plans()) {
            count += graph.tasks(p.id()).size();
        }
        return count;
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    b = build();
                    built = b;
                }
            }
        }
        return b;
    }

    private Built build() {
        List<Doc> docs = new ArrayList<>();
        List<String> planIds = graph.content().plans().stream().map(Plan::id).toList();
        for (Plan p : graph.content().plans()) {
            List<String> fields = new ArrayList<>();
            fields.add(p.title());
            if (p.docNumber() != null && !p.docNumber().isEmpty()) {
                fields.add(p.docNumber());
            }
            String issuer = p.issuerId() == null ? "" : graph.unit(p.issuerId()).name();
            if (!issuer.isEmpty()) {
                fields.add(issuer);
            }
            String year = messages.format("plan.year", Map.of("year", p.year()));
            docs.add(new Doc("p", Urls.plan(p.id()), p.title(), year + (issuer.isEmpty() ? "" : " · " + issuer),
                    "", graph.planSummary(p.id()).overdue() > 0, fields));
        }
        for (Unit u : graph.content().units()) {
            List<String> fields = new ArrayList<>();
            fields.add(u.name());
            if (u.shortName() != null && !u.shortName().isEmpty()) {
                fields.add(u.shortName());
            }
            fields.addAll(u.aliases());
            docs.add(new Doc("u", Urls.unit(u.id()), u.name(), u.kind().id(), "", false, fields));
        }
        for (int plan = 0; plan < planIds.size(); plan++) {
            String planId = planIds.get(plan);
            for (Task t : graph.tasks(planId)) {
                List<String> fields = new ArrayList<>();
                fields.add(t.title());
                for (Role r : Role.values()) {
                    for (String id : t.unitIds(r)) {
                        fields.add(graph.unit(id).name());
                    }
                }
                String number = views.number(t);
                docs.add(new Doc("t", Urls.task(planId, t.id()), number.isEmpty() ? t.title()
                        : messages.format(t.parentId() == null ? "task.numbered-title" : "task.numbered-title-sub",
                                Map.of("number", number, "title", t.title())),
                        Integer.toString(plan), t.status().id(), graph.isOverdue(t), fields));
            }
        }
        List<String> texts = new ArrayList<>();
        Map<String, Ids> postings = new java.util.HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            String text = normalize(String.join("\n", docs.get(id).fields()));
            texts.add(text);
            for (String key : keys(text)) {
                postings.computeIfAbsent(key, k -> new Ids()).add(id);
            }
        }
        int count = termShardCount();
        List<Map<String, Ids>> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shards.add(new TreeMap<>());
        }
        postings.forEach((key, ids) -> shards.get(shardOf(key, shards.size())).put(key, ids));
        return new Built(List.copyOf(docs), List.copyOf(texts), List.copyOf(shards));
    }

    /** Enough term shards, a power of two, for about POSTINGS_PER_SHARD postings each. */
    static int termShardsFor(long postings) {
        int count = MIN_TERM_SHARDS;
        while (count < MAX_TERM_SHARDS && (long) count * POSTINGS_PER_SHARD < postings) {
            count *= 2;
        }
        return count;
    }

    int termShardCount() {
        return termShardsFor((long) docCount() * PAIRS_PER_DOC);
    }

    private byte[] meta() {
        Json j = new Json(2048).beginObject()
                .field("version", 1)
                .field("docs", docs().size())
                .field("docs_per_shard", DOCS_PER_SHARD)
                .field("term_shards", termShardCount())
                .name("statuses").beginObject();
        for (Status s : Status.values()) {
            j.field(s.id(), graph.config().label(s));
        }
        j.endObject().field("overdue", graph.config().overdueLabel()).name("unit_kinds").beginObject()
                .field("jurisdiction", messages.get("kind.jurisdiction")).field("body", messages.get("kind.body"))
                .field("office", messages.get("kind.office")).field("group", messages.get("kind.group"))
                .endObject().name("plans").beginArray();
        for (Plan p : graph.content().plans()) {
            j.beginObject().field("title", p.title()).field("url", Urls.plan(p.id())).endObject();
        }
        return utf8(j.endArray().endObject());
    }

    private byte[] docShard(int n) {
        Built b = built();
        Json j = new Json(DOCS_PER_SHARD * 160).beginArray();
        for (int id = n * DOCS_PER_SHARD; id < Math.min(b.docs().size(), (n + 1) * DOCS_PER_SHARD); id++) {
            Doc d = b.docs().get(id);
            j.beginArray().value(d.kind()).value(d.url()).value(d.title()).value(d.context()).value(d.status())
                    .value(d.overdue() ? 1 : 0).value(b.texts().get(id)).endArray();
        }
        return utf8(j.endArray());
    }

    private byte[] termShard(int n) {
        Json j = new Json(POSTINGS_PER_SHARD * 8).beginObject();
        built().shards().get(n).forEach((key, ids) -> {
            j.name(key).beginArray();
            int last = 0;
            for (int i = 0; i < ids.size; i++) {
                j.value(ids.ids[i] - last);
                last = ids.ids[i];
            }
            j.endArray();
        });
        return utf8(j.endObject());
    }

    private static byte[] utf8(Json j) {
        return (j.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
