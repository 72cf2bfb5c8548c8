package gongkai.render;

import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.model.Role;
import gongkai.model.Status;
import gongkai.model.Task;
import gongkai.model.Unit;
import gongkai.model.Update;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static full-text index behind the search page, written in shards so that a visitor downloads only what a
 * query needs, however large the site: the titles, requirements, progress reports, unit names and numbers of
 * every task, and the plans and units themselves.
 *
 * <p>Chinese is matched without word segmentation. Text is cut into runs of letters and digits, and each run into
 * overlapping pairs of characters (bigrams); titles and names also keep every single character, so a query of one
 * character finds them. A term of the query matches a document when every pair of the term is in one and the
 * same field of it. The fields rank the matches: a term in the title counts most, then in the numbers and unit
 * names, then in the requirement, then in a progress report; documents of newer plans come first among equals,
 * as their ids are given in that order (plans, units, then tasks plan by plan, newest plan first).
 *
 * <ul>
 * <li>{@code search/index.json}: the counts and shard sizes, where each kind's ids start, the status labels, and
 * the plans as [id, title, url, id of its first task] (a task's plan is found from its id).</li>
 * <li>{@code search/terms/N.json}: {"key": [[field, id, gap, gap, …], …]} — for each field the key is in, the ids of
 * the documents holding it, ascending, as gaps from the previous id. A key lives in the shard its hash picks
 * ({@link #shardOf}), so each key of a query reads one shard.</li>
 * <li>{@code search/docs/N.json}: documents N × DOCS_PER_SHARD onwards, each [kind, url, title, context, status,
 * overdue, names]; kind is p (plan), u (unit) or t (task); a task's context is its plan's index, a plan's or unit's
 * a line that describes it; names are the other names a result may be found by (a task's units, a unit's
 * aliases, a plan's number and issuer). The page takes its snippets of requirements and reports from the task's
 * own page (data-search="body" and "report"), so the index does not carry them twice.</li>
 * <li>{@code search/status.json}: {"status": "…"} one letter a document (a–f: the statuses in order, A–F the same
 * when overdue, - for plans and units), read only when the reader filters by status.</li>
 * </ul>
 * The page normalizes the query as this class normalizes text: each character by NFKC, then in lower case.
 */
public final class SearchIndex {

    /** Documents per document shard: a result page of ten tasks reads at most ten small shards. */
    public static final int DOCS_PER_SHARD = 50;
    /** A term shard holds about this many postings besides the keys a query came for. */
    static final int POSTINGS_PER_SHARD = 10_000;
    static final int MIN_TERM_SHARDS = 8;
    static final int MAX_TERM_SHARDS = 4096;

    /** The fields of a document, by weight: what the page adds up to rank a match. */
    static final int TITLE = 0;
    static final int META = 1;
    static final int BODY = 2;
    static final int REPORT = 3;

    private final SiteGraph graph;
    private final ViewFactory views;
    private final gongkai.model.Messages messages;
    /**
     * serve: the index before the edit, and the edit, from which this one is made by changing what it changed. The
     * index before is let go once this one is made, so a long session does not keep every index it made.
     */
    private SearchIndex before;
    private final Edit edit;
    private volatile Built built;
    /** A rebuild: the index the last build saved (see save), from savedFrom on, read when first needed; null once read. */
    private byte[] saved;
    private int savedFrom;

    public SearchIndex(SiteGraph graph) {
        this(graph, null, null);
    }

    private SearchIndex(SiteGraph graph, byte[] saved, int from) {
        this(graph, null, null);
        this.saved = saved;
        this.savedFrom = from;
    }

    /**
     * A rebuild's index of graph, which edit made of the graph the last build saved its index from (bytes save gave):
     * made from that one as serve's is from the index before an edit, so only the shards that differ are made again.
     * The texts of the saved documents are not kept; the keys of those the edit may have changed are read back from
     * its postings. saved: bytes holding it from offset from to their end.
     */
    public static SearchIndex afterSaved(SiteGraph graph, byte[] saved, int from, Edit edit) {
        return new SearchIndex(graph, new SearchIndex(graph, saved, from), edit);
    }

    /**
     * Writes the index for the next build (afterSaved): its documents, their statuses and the postings, without the
     * texts. Builds the index if nothing asked for it yet.
     */
    public void save(java.io.DataOutputStream out) throws java.io.IOException {
        SavedIndex.write(built(), out);
    }

    /**
     * The index of graph, which edit made of before's graph (serve): when the edit left the documents where they
     * were (no task, plan or unit added, removed or moved), it is before's with the postings of the documents the
     * edit changed taken out and put in again, and only the shards that differ are made again.
     */
    public SearchIndex(SiteGraph graph, SearchIndex before, Edit edit) {
        this.graph = graph;
        this.views = new ViewFactory(graph);
        this.messages = graph.config().messages();
        this.before = before;
        this.edit = edit;
    }

    /** One searchable thing, as the page shows it. */
    record Doc(String kind, String url, String title, String context, String status, boolean overdue, String names) {
    }

    /**
     * The index. changed: when it was made from the index before an edit, the document and term shards that differ
     * from that one's, and whether the statuses do; null when it was made whole.
     */
    record Built(List<Entry> entries, List<Doc> docs, Postings postings, int[][] shardLists, int plansStart,
            int[] planFirst, String statusLetters, Changed changed) {
    }

    record Changed(Set<Integer> docShards, Set<Integer> termShards, boolean statuses) {
    }

    /**
     * One document with the texts its keys come from (null for a document read back from a saved index); key names
     * what it is the document of (kind and id).
     */
    record Entry(String key, Doc doc, List<FieldText> texts, char letter) {
    }

    record FieldText(int field, String text) {
    }

    public List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("search/index.json", this::meta));
        jobs.add(new Job("search/status.json", this::statuses, shows(c -> c.statuses())));
        int docShards = Math.max(1, (docCount() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
        for (int i = 0; i < docShards; i++) {
            int n = i;
            jobs.add(new Job("search/docs/" + n + ".json", () -> docShard(n), shows(c -> c.docShards().contains(n))));
        }
        int termShards = termShardCount();
        for (int i = 0; i < termShards; i++) {
            int n = i;
            jobs.add(new Job("search/terms/" + n + ".json", () -> termShard(n), shows(c -> c.termShards().contains(n))));
        }
        return jobs;
    }

    /**
     * What a file of the index shows: for the edit this index was made after, whether its part differs (asking
     * builds the index); for any other edit, everything.
     */
    private Shows shows(java.util.function.Predicate<Changed> differs) {
        return Shows.part(e -> {
            if (e.isEmpty()) {
                return false;
            }
            if (e != edit) {
                return true;
            }
            Changed c = built().changed();
            return c == null || differs.test(c);
        });
    }

    // ---- Text: normalization and keys, the same as search.js does to a query ----

    /** NFKC of each BMP character, lower-cased; null where the character stays as it is. */
    private static final String[] NORMALIZED = new String[0x10000];
    /** Whether a BMP character is part of a word: a letter, digit or mark (\p{L}\p{N}\p{M} in a script). */
    private static final boolean[] WORD = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String n = normalizeOne(c);
            if (n.length() != 1 || n.charAt(0) != c) {
                NORMALIZED[c] = n;
            }
            WORD[c] = isWordSlow(c);
        }
    }

    private static String normalizeOne(int cp) {
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isWordSlow(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isWord(int cp) {
        return cp < 0x10000 ? WORD[cp] : isWordSlow(cp);
    }

    /** Each character by NFKC, then in lower case: what both the index and the page do to text. */
    public static String normalize(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String mapped = mapped(cp);
            if (mapped != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (mapped != null) {
                    sb.append(mapped);
                } else {
                    sb.append(s, i, i + n);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** What a character becomes, or null when it stays as it is. */
    private static String mapped(int cp) {
        if (cp < 0x10000) {
            return NORMALIZED[cp];
        }
        String n = normalizeOne(cp);
        return n.codePointCount(0, n.length()) == 1 && n.codePointAt(0) == cp ? null : n;
    }

    /** Receives the keys of a text: a single character (second = 0) or a pair. */
    interface KeySink {
        void key(int first, int second);
    }

    /**
     * The keys of a text, normalized on the way: in each run of word characters, every pair of neighbours, and a
     * run of one character alone; with singles, every character on its own as well (titles and names).
     */
    static void keys(String text, boolean singles, KeySink sink) {
        int prev = -1;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String mapped = mapped(cp);
            if (mapped == null) {
                if (isWord(cp)) {
                    if (singles) {
                        sink.key(cp, 0);
                    }
                    if (prev >= 0) {
                        sink.key(prev, cp);
                    }
                    prev = cp;
                    run++;
                } else {
                    if (run == 1 && !singles) {
                        sink.key(prev, 0);
                    }
                    prev = -1;
                    run = 0;
                }
                continue;
            }
            for (int j = 0; j < mapped.length(); ) {
                int c = mapped.codePointAt(j);
                j += Character.charCount(c);
                if (isWord(c)) {
                    if (singles) {
                        sink.key(c, 0);
                    }
                    if (prev >= 0) {
                        sink.key(prev, c);
                    }
                    prev = c;
                    run++;
                } else {
                    if (run == 1 && !singles) {
                        sink.key(prev, 0);
                    }
                    prev = -1;
                    run = 0;
                }
            }
        }
        if (run == 1 && !singles) {
            sink.key(prev, 0);
        }
    }

    /** The keys of a text as strings, in order of first appearance: for tests and for reading the index. */
    public static Set<String> keys(String text, boolean singles) {
        Set<String> out = new LinkedHashSet<>();
        keys(text, singles, (a, b) -> out.add(b == 0 ? new String(Character.toChars(a))
                : new String(Character.toChars(a)) + new String(Character.toChars(b))));
        return out;
    }

    /** The term shard a key lives in; search.js computes the same from the key's one or two code points. */
    public static int shardOf(String key, int shardCount) {
        int first = key.codePointAt(0);
        int second = key.length() > Character.charCount(first) ? key.codePointAt(Character.charCount(first)) : 0;
        return shardOf(first, second, shardCount);
    }

    static int shardOf(int first, int second, int shardCount) {
        return (int) (((long) first * 1031 + second) % shardCount);
    }

    // ---- The documents ----

    /** Plans, units and tasks: what build() makes a document of. */
    private int docCount() {
        int count = graph.content().plans().size() + graph.content().units().size();
        for (Plan p : graph.content().plans()) {
            count += graph.tasks(p.id()).size();
        }
        return count;
    }

    /**
     * Enough term shards, a power of two, for about POSTINGS_PER_SHARD postings each, estimated from the length of
     * the text (a character gives about one key), so the list of files is known without building the index, which
     * then runs with the other rendering jobs instead of before them.
     */
    int termShardCount() {
        long chars = 0;
        for (Plan p : graph.content().plans()) {
            chars += 2L * length(p.title()) + length(p.intro()) + 16;
            for (Task t : graph.tasks(p.id())) {
                chars += 2L * length(t.title()) + length(t.body()) + length(t.remarks()) + length(t.unitsText()) + 24;
                for (Update u : t.updates()) {
                    chars += length(u.text());
                }
            }
        }
        chars += 24L * graph.content().units().size();
        return termShardsFor(chars);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Enough term shards, a power of two, for about POSTINGS_PER_SHARD postings each. */
    static int termShardsFor(long postings) {
        int count = MIN_TERM_SHARDS;
        while (count < MAX_TERM_SHARDS && (long) count * POSTINGS_PER_SHARD < postings) {
            count *= 2;
        }
        return count;
    }

    /** Makes the index now, on the calling thread; it is otherwise made when first asked of. */
    public void prepare() {
        built();
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    b = saved != null ? SavedIndex.read(saved, savedFrom) : build();
                    built = b;
                    before = null;
                    saved = null;
                }
            }
        }
        return b;
    }

    private Built build() {
        if (before != null && edit != null) {
            Built patched = patched();
            if (patched != null) {
                return patched;
            }
        }
        List<Entry> entries = entries(null);
        Postings postings = new Postings();
        List<Doc> docs = new ArrayList<>(entries.size());
        StringBuilder letters = new StringBuilder(entries.size());
        for (Entry e : entries) {
            int id = docs.size();
            docs.add(e.doc());
            for (FieldText t : e.texts()) {
                postings.add(id, t.field(), t.text());
            }
            letters.append(e.letter());
        }
        int shards = termShardCount();
        return new Built(entries, List.copyOf(docs), postings, postings.byShard(shards), graph.content().plans().size()
                + graph.content().units().size(), planFirst(entries), letters.toString(), null);
    }

    /** Where each plan's first task is among the documents. */
    private int[] planFirst(List<Entry> entries) {
        List<Plan> plans = graph.content().plans();
        int[] first = new int[plans.size()];
        int id = plans.size() + graph.content().units().size();
        for (int plan = 0; plan < plans.size(); plan++) {
            first[plan] = id;
            id += graph.tasks(plans.get(plan).id()).size();
        }
        return first;
    }

    /**
     * before's index with the documents this edit changed put in again; null when the edit moved documents (added,
     * removed or reordered one) or changed how many term shards there are, and the index is made whole.
     */
    private Built patched() {
        Built old = before.built();
        if (old == null) {
            return null;
        }
        List<Entry> was = old.entries();
        List<String> order = order();
        int shards = termShardCount();
        if (was.size() != order.size() || shards != old.shardLists().length) {
            return null;
        }
        for (int i = 0; i < order.size(); i++) {
            if (!was.get(i).key().equals(order.get(i))) {
                return null;
            }
        }
        List<Entry> now = entries(was);
        Postings postings = old.postings().copy();
        Map<Integer, Set<Long>> readBack = postings.keysOf(textsUnknown(was, now));
        Set<Integer> docShards = new java.util.HashSet<>();
        Set<Long> touchedKeys = new java.util.HashSet<>();
        Set<Integer> touchedLists = new java.util.HashSet<>();
        List<Doc> docs = new ArrayList<>(now.size());
        StringBuilder letters = new StringBuilder(now.size());
        for (int id = 0; id < now.size(); id++) {
            Entry a = was.get(id);
            Entry b = now.get(id);
            docs.add(b.doc());
            letters.append(b.letter());
            if (!a.doc().equals(b.doc())) {
                docShards.add(id / DOCS_PER_SHARD);
            }
            if (a != b && (a.texts() == null || !a.texts().equals(b.texts()))) {
                Set<Long> out = a.texts() == null ? readBack.get(id) : keySet(a.texts());
                Set<Long> in = keySet(b.texts());
                for (long key : out) {
                    if (!in.contains(key)) {
                        touchedLists.add(postings.remove(key, id));
                        touchedKeys.add(key);
                    }
                }
                for (long key : in) {
                    if (!out.contains(key)) {
                        touchedLists.add(postings.insert(key, id));
                        touchedKeys.add(key);
                    }
                }
            }
        }
        Set<Integer> termShards = new java.util.HashSet<>();
        for (long key : touchedKeys) {
            long base = key >>> 2;
            termShards.add(shardOf((int) (base >>> 21), (int) (base & 0x1FFFFF), shards));
        }
        int[][] lists = postings.listsOf(termShards, shards, old.shardLists(), touchedLists);
        String statuses = letters.toString();
        return new Built(now, List.copyOf(docs), postings, lists, old.plansStart(), planFirst(now), statuses,
                new Changed(docShards, termShards, !statuses.equals(old.statusLetters())));
    }

    /** The ids of the documents whose texts before are not known (a saved index) and that were made again. */
    private static java.util.BitSet textsUnknown(List<Entry> was, List<Entry> now) {
        java.util.BitSet ids = new java.util.BitSet(was.size());
        for (int id = 0; id < was.size(); id++) {
            if (was.get(id).texts() == null && now.get(id) != was.get(id)) {
                ids.set(id);
            }
        }
        return ids;
    }

    /** The packed keys (with their fields) of a document's texts. */
    private static Set<Long> keySet(List<FieldText> texts) {
        Set<Long> keys = new java.util.HashSet<>();
        for (FieldText t : texts) {
            if (t.text() != null && !t.text().isEmpty()) {
                keys(t.text(), t.field() == TITLE || t.field() == META,
                        (first, second) -> keys.add((((long) first << 21) | second) << 2 | t.field()));
            }
        }
        return keys;
    }

    /** What each document is of, in id order, as Entry.key names it. */
    private List<String> order() {
        List<String> order = new ArrayList<>(docCount());
        graph.content().plans().forEach(p -> order.add("p/" + p.id()));
        graph.content().units().forEach(u -> order.add("u/" + u.id()));
        for (Plan p : graph.content().plans()) {
            graph.tasks(p.id()).forEach(t -> order.add(t.key()));
        }
        return order;
    }

    /** Whether the edit this index was made after changed the task or one it is a sub-item of (its number shows). */
    private boolean edited(Task t) {
        for (Task at = t; at != null; at = at.parentId() == null ? null : graph.task(at.planId(), at.parentId())) {
            if (edit.touches(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every document, in id order: plans, units, then tasks plan by plan; with the texts of its keys. reuse: the
     * entries before the edit, in the same order, whose tasks it left as they were are taken as they are.
     */
    private List<Entry> entries(List<Entry> reuse) {
        List<Entry> entries = new ArrayList<>(docCount());
        String separator = messages.get("list.separator");
        for (Plan p : graph.content().plans()) {
            String issuer = p.issuerId() == null ? "" : graph.unit(p.issuerId()).name();
            String year = messages.format("plan.year", Map.of("year", p.year()));
            List<String> names = new ArrayList<>();
            if (p.docNumber() != null && !p.docNumber().isEmpty()) {
                names.add(p.docNumber());
            }
            if (!issuer.isEmpty()) {
                names.add(issuer);
            }
            entries.add(new Entry("p/" + p.id(), new Doc("p", Urls.plan(p.id()), p.title(), year + (issuer.isEmpty() ? "" : " · " + issuer),
                    "", graph.planSummary(p.id()).overdue() > 0, String.join(separator, names)),
                    List.of(new FieldText(TITLE, p.title()), new FieldText(META, String.join(" ", names) + " " + p.year()),
                            new FieldText(BODY, p.intro())), '-'));
        }
        for (Unit u : graph.content().units()) {
            List<String> names = new ArrayList<>();
            if (u.shortName() != null && !u.shortName().isEmpty()) {
                names.add(u.shortName());
            }
            names.addAll(u.aliases());
            String parent = u.parentId() == null ? "" : graph.unit(u.parentId()).name();
            String kind = messages.get("kind." + u.kind().id());
            List<FieldText> texts = new ArrayList<>();
            texts.add(new FieldText(TITLE, u.name()));
            for (String n : names) {
                texts.add(new FieldText(TITLE, n));
            }
            texts.add(new FieldText(META, parent));
            entries.add(new Entry("u/" + u.id(), new Doc("u", Urls.unit(u.id()), u.name(), parent.isEmpty() ? kind : kind + " · " + parent,
                    "", false, String.join(separator, names)), texts, '-'));
        }
        List<Plan> plans = graph.content().plans();
        for (int plan = 0; plan < plans.size(); plan++) {
            String planId = plans.get(plan).id();
            for (Task t : graph.tasks(planId)) {
                if (reuse != null && !edited(t)) {
                    entries.add(reuse.get(entries.size()));
                    continue;
                }
                List<String> units = new ArrayList<>();
                for (Role r : Role.values()) {
                    for (String unitId : t.unitIds(r)) {
                        String name = graph.unit(unitId).name();
                        if (!units.contains(name)) {
                            units.add(name);
                        }
                    }
                }
                String number = views.number(t);
                boolean overdue = graph.isOverdue(t);
                List<FieldText> texts = new ArrayList<>();
                texts.add(new FieldText(TITLE, t.title()));
                texts.add(new FieldText(META, number));
                for (String name : units) {
                    texts.add(new FieldText(META, name));
                }
                texts.add(new FieldText(META, t.unitsText()));
                texts.add(new FieldText(BODY, t.body()));
                texts.add(new FieldText(BODY, t.remarks()));
                for (Update u : t.updates()) {
                    texts.add(new FieldText(REPORT, u.text()));
                }
                char letter = (char) ('a' + t.status().ordinal());
                entries.add(new Entry(t.key(), new Doc("t", Urls.task(planId, t.id()), number.isEmpty() ? t.title()
                        : messages.format(t.parentId() == null ? "task.numbered-title" : "task.numbered-title-sub",
                                Map.of("number", number, "title", t.title())),
                        Integer.toString(plan), t.status().id(), overdue, String.join(separator, units)), texts,
                        overdue ? Character.toUpperCase(letter) : letter));
            }
        }
        return entries;
    }

    // ---- The files ----

    private byte[] meta() {
        Built b = built();
        Json j = new Json(4096).beginObject()
                .field("version", 2)
                .field("docs", b.docs().size())
                .field("plans_start", 0)
                .field("units_start", graph.content().plans().size())
                .field("tasks_start", b.plansStart())
                .field("docs_per_shard", DOCS_PER_SHARD)
                .field("term_shards", b.shardLists().length)
                .name("statuses").beginObject();
        for (Status s : Status.values()) {
            j.field(s.id(), graph.config().label(s));
        }
        j.endObject().field("overdue", graph.config().overdueLabel()).name("plans").beginArray();
        List<Plan> plans = graph.content().plans();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            j.beginArray().value(p.id()).value(p.title()).value(Urls.plan(p.id())).value(b.planFirst()[i]).endArray();
        }
        return utf8(j.endArray().endObject());
    }

    private byte[] statuses() {
        return utf8(new Json(docCount() + 32).beginObject().field("status", built().statusLetters()).endObject());
    }

    private byte[] docShard(int n) {
        Built b = built();
        Json j = new Json(DOCS_PER_SHARD * 200).beginArray();
        for (int id = n * DOCS_PER_SHARD; id < Math.min(b.docs().size(), (n + 1) * DOCS_PER_SHARD); id++) {
            Doc d = b.docs().get(id);
            j.beginArray().value(d.kind()).value(d.url()).value(d.title()).value(d.context()).value(d.status())
                    .value(d.overdue() ? 1 : 0).value(d.names()).endArray();
        }
        return utf8(j.endArray());
    }

    private byte[] termShard(int n) {
        Built b = built();
        int[] lists = b.shardLists()[n];
        Json j = new Json(Math.max(256, lists.length * 64)).beginObject();
        long open = -1;
        for (int list : lists) {
            long key = b.postings().keyOf(list);
            long base = key >>> 2;
            if (base != open) {
                if (open >= 0) {
                    j.endArray();
                }
                j.name(keyText(base)).beginArray();
                open = base;
            }
            j.beginArray().value(key & 3);
            b.postings().writeGaps(list, j);
            j.endArray();
        }
        if (open >= 0) {
            j.endArray();
        }
        return utf8(j.endObject());
    }

    private static String keyText(long base) {
        int first = (int) (base >>> 21);
        int second = (int) (base & 0x1FFFFF);
        String s = new String(Character.toChars(first));
        return second == 0 ? s : s + new String(Character.toChars(second));
    }

    private static byte[] utf8(Json j) {
        return (j.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Postings by key and field, built in document order: each list is the ascending ids of the documents holding
     * its key in its field, kept as variable-length gaps (a byte for most), as a 100k-task site has tens of
     * millions of them. A key is packed in a long: first code point, second (0 for a single character), field.
     */
    static final class Postings {
        private long[] slots = new long[1 << 16];
        private int[] slotList = new int[1 << 16];
        private int used;
        private long[] keys = new long[1024];
        private byte[][] data = new byte[1024][];
        private int[] size = new int[1024];
        private int[] last = new int[1024];
        private int lists;
        private int doc;
        private int field;

        Postings() {
            this(true);
        }

        /** Adds the keys of a field's text to document id (documents come in ascending order). */
        void add(int id, int field, String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            this.doc = id;
            this.field = field;
            keys(text, field == TITLE || field == META, this::key);
        }

        private void key(int first, int second) {
            long key = (((long) first << 21) | second) << 2 | field;
            int list = listOf(key);
            if (last[list] == doc && size[list] > 0) {
                return;
            }
            append(list, doc - last[list]);
            last[list] = doc;
        }

        private int listOf(long key) {
            int mask = slots.length - 1;
            int at = (int) (mix(key) & mask);
            while (slots[at] != -1) {
                if (slots[at] == key) {
                    return slotList[at];
                }
                at = (at + 1) & mask;
            }
            int list = lists++;
            if (list == keys.length) {
                int n = list * 2;
                keys = Arrays.copyOf(keys, n);
                data = Arrays.copyOf(data, n);
                size = Arrays.copyOf(size, n);
                last = Arrays.copyOf(last, n);
            }
            keys[list] = key;
            data[list] = new byte[4];
            slots[at] = key;
            slotList[at] = list;
            if (++used * 2 > slots.length) {
                grow();
            }
            return list;
        }

        private static long mix(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return k ^ (k >>> 29);
        }

        private void grow() {
            long[] oldSlots = slots;
            int[] oldLists = slotList;
            slots = new long[oldSlots.length * 2];
            slotList = new int[oldSlots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] != -1) {
                    int at = (int) (mix(oldSlots[i]) & mask);
                    while (slots[at] != -1) {
                        at = (at + 1) & mask;
                    }
                    slots[at] = oldSlots[i];
                    slotList[at] = oldLists[i];
                }
            }
        }

        private void append(int list, int gap) {
            byte[] d = data[list];
            int s = size[list];
            if (s + 5 > d.length) {
                d = Arrays.copyOf(d, Math.max(d.length * 2, s + 5));
                data[list] = d;
            }
            while (gap >= 0x80) {
                d[s++] = (byte) (gap | 0x80);
                gap >>>= 7;
            }
            d[s++] = (byte) gap;
            size[list] = s;
        }

        /**
         * A copy to change: the arrays copied, each list's bytes shared until one of them changes (then replaced,
         * never written into), so the index it was copied from stays as it was.
         */
        Postings copy() {
            Postings c = new Postings(false);
            c.slots = slots.clone();
            c.slotList = slotList.clone();
            c.used = used;
            c.keys = keys.clone();
            c.data = data.clone();
            c.size = size.clone();
            c.last = last.clone();
            c.lists = lists;
            return c;
        }

        private Postings(boolean empty) {
            if (empty) {
                Arrays.fill(slots, -1);
            }
        }

        /** Takes document id out of key's list; returns the list. */
        int remove(long key, int id) {
            int list = listOf(key);
            int[] ids = ids(list);
            int at = Arrays.binarySearch(ids, id);
            if (at >= 0) {
                int[] rest = new int[ids.length - 1];
                System.arraycopy(ids, 0, rest, 0, at);
                System.arraycopy(ids, at + 1, rest, at, rest.length - at);
                encode(list, rest);
            }
            return list;
        }

        /** Puts document id into key's list, in order; returns the list. */
        int insert(long key, int id) {
            int list = listOf(key);
            int[] ids = ids(list);
            int at = Arrays.binarySearch(ids, id);
            if (at < 0) {
                at = -at - 1;
                int[] more = new int[ids.length + 1];
                System.arraycopy(ids, 0, more, 0, at);
                more[at] = id;
                System.arraycopy(ids, at, more, at + 1, ids.length - at);
                encode(list, more);
            }
            return list;
        }

        private int[] ids(int list) {
            int[] ids = new int[size[list]];
            int n = 0;
            int id = 0;
            byte[] d = data[list];
            for (int at = 0; at < size[list]; ) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[at++];
                    gap |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                id += gap;
                ids[n++] = id;
            }
            return Arrays.copyOf(ids, n);
        }

        private void encode(int list, int[] ids) {
            data[list] = new byte[Math.max(4, ids.length * 5)];
            size[list] = 0;
            int prev = 0;
            for (int id : ids) {
                append(list, id - prev);
                prev = id;
            }
            last[list] = prev;
        }

        /**
         * The lists of each term shard as byShard gives them (non-empty, in key order then field order): those of the
         * shards named made again from before's and the lists an edit changed (which may be new, emptied, or filled
         * again after an earlier edit emptied them).
         */
        int[][] listsOf(Set<Integer> changed, int shards, int[][] before, Set<Integer> touched) {
            int[][] out = before.clone();
            Map<Integer, Set<Integer>> in = new java.util.HashMap<>();
            for (int shard : changed) {
                Set<Integer> l = new java.util.HashSet<>();
                for (int list : before[shard]) {
                    l.add(list);
                }
                in.put(shard, l);
            }
            for (int list : touched) {
                long base = keys[list] >>> 2;
                Set<Integer> l = in.get(shardOf((int) (base >>> 21), (int) (base & 0x1FFFFF), shards));
                if (l != null) {
                    l.add(list);
                }
            }
            in.forEach((shard, l) -> out[shard] = l.stream().filter(list -> size[list] > 0)
                    .sorted((a, b) -> Long.compare(keys[a], keys[b])).mapToInt(Integer::intValue).toArray());
            return out;
        }

        long keyOf(int list) {
            return keys[list];
        }

        /** The keys of the lists that hold each of these documents: one pass over every list. */
        Map<Integer, Set<Long>> keysOf(java.util.BitSet docs) {
            Map<Integer, Set<Long>> out = new java.util.HashMap<>();
            if (docs.isEmpty()) {
                return out;
            }
            docs.stream().forEach(id -> out.put(id, new java.util.HashSet<>()));
            for (int list = 0; list < lists; list++) {
                for (int id : ids(list)) {
                    if (docs.get(id)) {
                        out.get(id).add(keys[list]);
                    }
                }
            }
            return out;
        }

        /** Every list, as read reads it back. */
        void write(java.io.DataOutputStream out) throws java.io.IOException {
            out.writeInt(lists);
            for (int list = 0; list < lists; list++) {
                out.writeLong(keys[list]);
                out.writeInt(last[list]);
                out.writeInt(size[list]);
                out.write(data[list], 0, size[list]);
            }
        }

        static Postings read(java.io.DataInputStream in) throws java.io.IOException {
            Postings p = new Postings(true);
            for (int n = SavedIndex.length(in, 16); n > 0; n--) {
                long key = in.readLong();
                int list = p.listOf(key);
                p.last[list] = in.readInt();
                int bytes = SavedIndex.length(in, 1);
                p.data[list] = new byte[Math.max(4, bytes)];
                in.readFully(p.data[list], 0, bytes);
                p.size[list] = bytes;
            }
            return p;
        }

        void writeGaps(int list, Json j) {
            byte[] d = data[list];
            int s = size[list];
            int at = 0;
            while (at < s) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[at++];
                    gap |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                j.value(gap);
            }
        }

        /** The lists of each term shard, in key order then field order. */
        int[][] byShard(int shards) {
            Integer[] order = new Integer[lists];
            for (int i = 0; i < lists; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            int[] counts = new int[shards];
            int[] shardOf = new int[lists];
            for (int i = 0; i < lists; i++) {
                long base = keys[i] >>> 2;
                shardOf[i] = shardOf((int) (base >>> 21), (int) (base & 0x1FFFFF), shards);
                counts[shardOf[i]]++;
            }
            int[][] out = new int[shards][];
            for (int s = 0; s < shards; s++) {
                out[s] = new int[counts[s]];
                counts[s] = 0;
            }
            for (Integer list : order) {
                int s = shardOf[list];
                out[s][counts[s]++] = list;
            }
            return out;
        }
    }
}
