package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.support.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text index, read back as search.js reads it: keys of one or two characters in term shards, the fields
 * a term is found in, ranking by field then by plan. Queries are answered here by the same rules as the page
 * (SearchIndex's Javadoc), so what the shipped content says is what a citizen finds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

    TestSite site;
    JsonNode meta;
    final List<JsonNode> docs = new ArrayList<>();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void build(@TempDir Path temp) throws IOException {
        site = TestSite.shipped(temp);
        site.buildOk();
        meta = json.readTree(site.read("search/index.json"));
        for (int n = 0; n * SearchIndex.DOCS_PER_SHARD < meta.get("docs").asInt(); n++) {
            json.readTree(site.read("search/docs/" + n + ".json")).forEach(docs::add);
        }
    }

    @Test
    void textIsCutIntoPairsOfCharactersWithinRunsOfLettersAndDigits() {
        assertEquals(Set.of("信访", "访局"), SearchIndex.keys("信访局", false));
        // Titles and names keep every single character too, so a query of one character finds them.
        assertEquals(Set.of("信", "访", "信访", "局", "访局"), SearchIndex.keys("信访局", true));
        // Punctuation and spaces end a run; no pair spans them. A run of one character is kept alone.
        assertEquals(Set.of("预算", "公开", "3"), SearchIndex.keys("预算，“公开” 3", false));
        // Full-width forms fold to their plain ones, letters to lower case, character by character.
        assertEquals(Set.of("任务", "3"), SearchIndex.keys("任务　３", false));
        assertEquals("abc(1)", SearchIndex.normalize("ＡＢＣ（1）"));
        // A character outside the BMP stays whole.
        assertEquals(Set.of("𠀋字"), SearchIndex.keys("𠀋字", false));
        assertEquals(SearchIndex.shardOf("𠀋".codePointAt(0), "字".codePointAt(0), 8), SearchIndex.shardOf("𠀋字", 8));
        assertEquals(("预".codePointAt(0) * 1031L + "算".codePointAt(0)) % 512, SearchIndex.shardOf("预算", 512));
    }

    @Test
    void shardsStaySmallAtScale() {
        assertEquals(8, SearchIndex.termShardsFor(100));
        // 100,000 tasks of about 600 characters each: about 15,000 postings a shard at most.
        int shards = SearchIndex.termShardsFor(60_000_000L);
        assertEquals(SearchIndex.MAX_TERM_SHARDS, shards);
        assertTrue(60_000_000L / shards < 15_000);
    }

    @Test
    void everyKeyIsInItsShardWithAscendingIdsOfDocumentsThatHoldIt() throws IOException {
        int shards = meta.get("term_shards").asInt();
        assertEquals(2, meta.get("version").asInt());
        assertEquals(meta.get("docs").asInt(), docs.size());
        assertEquals(docs.size(), json.readTree(site.read("search/status.json")).get("status").asText().length());
        int postings = 0;
        for (int n = 0; n < shards; n++) {
            JsonNode shard = json.readTree(site.read("search/terms/" + n + ".json"));
            for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                assertEquals(n, SearchIndex.shardOf(e.getKey(), shards), e.getKey());
                for (JsonNode list : e.getValue()) {
                    int field = list.get(0).asInt();
                    assertTrue(field >= 0 && field <= 3);
                    int id = -1;
                    for (int i = 1; i < list.size(); i++) {
                        int next = (i == 1 ? 0 : id) + list.get(i).asInt();
                        assertTrue(next > id, "ascending");
                        id = next;
                        postings++;
                    }
                }
            }
        }
        assertTrue(postings > 20_000, "postings: " + postings);
        // Plans, then units, then tasks, plan by plan in the plans' order (newest first).
        assertEquals("p", docs.get(meta.get("plans_start").asInt()).get(0).asText());
        assertEquals("u", docs.get(meta.get("units_start").asInt()).get(0).asText());
        assertEquals("t", docs.get(meta.get("tasks_start").asInt()).get(0).asText());
        JsonNode plans = meta.get("plans");
        for (int i = 0; i < plans.size(); i++) {
            JsonNode first = docs.get(plans.get(i).get(3).asInt());
            assertTrue(first.get(1).asText().startsWith(plans.get(i).get(2).asText()), first.toString());
            assertEquals(Integer.toString(i), first.get(3).asText());
        }
    }

    @Test
    void requirementsReportsAndSeveralWordsAreFound() throws IOException {
        // 预算 is asked of fujian-2019/2-7 and wenzhou-2019/10 in their requirements, in no title.
        assertEquals(List.of("plans/fujian-2019/2-7/", "plans/wenzhou-2019/10/"), urls(search("预算")));
        assertEquals(List.of(2, 2), fields(search("预算")));
        // 门前三包 is in the bureau's progress reports only.
        List<Match> reports = search("门前三包");
        assertEquals(List.of("plans/xiamen-cgj-2018/2/", "plans/xiamen-cgj-2018/8/", "plans/xiamen-cgj-2018/9/"), urls(reports));
        assertEquals(List.of(3, 3, 3), fields(reports));
        // Two words: both, each in some field of the task.
        List<Match> both = search("政务公开 财政");
        assertEquals(List.of("plans/xiamen-2018/40/", "plans/xiamen-cgj-2018/34/"), urls(both));
        for (Match m : both) {
            String url = docs.get(m.id()).get(1).asText();
            String file = TestSite.repo().resolve("content/" + url.replaceAll("/$", ".md")).toString();
            assertTrue(url.startsWith("plans/"), url);
            String text = java.nio.file.Files.readString(Path.of(file)) + docs.get(m.id()).get(6).asText();
            assertTrue(text.contains("政务公开") && text.contains("财政"), file);
        }
        // Unit names and numbers: the unit itself first (its name is its title), then the tasks it is named in.
        List<Match> unit = search("信访局");
        assertEquals("u", docs.get(unit.get(0).id()).get(0).asText());
        assertTrue(unit.stream().anyMatch(m -> docs.get(m.id()).get(0).asText().equals("t") && m.fields().get(0) == 1));
        assertEquals(List.of(), search("量子计算"));
    }

    @Test
    void titlesRankAboveRequirementsAboveReportsAndNewerPlansComeFirst() throws IOException {
        List<Match> found = search("政策解读");
        assertTrue(found.size() > 5);
        for (int i = 1; i < found.size(); i++) {
            Match a = found.get(i - 1);
            Match b = found.get(i);
            assertTrue(a.score() > b.score() || (a.score() == b.score() && a.id() < b.id()), a + " before " + b);
        }
        // The best field of each is ordered: all title matches first, then the rest.
        List<Integer> best = found.stream().map(m -> m.fields().get(0)).toList();
        List<Integer> sorted = new ArrayList<>(best);
        sorted.sort(Integer::compare);
        assertEquals(sorted, best);
        assertEquals(0, best.get(0));
        assertTrue(best.contains(2) || best.contains(3), best.toString());
        // Among equals, the newer plan first: plans are numbered newest first.
        List<Match> tasks = found.stream().filter(m -> m.fields().get(0) == 0 && docs.get(m.id()).get(0).asText().equals("t")).toList();
        List<Integer> planOrder = tasks.stream().map(m -> Integer.parseInt(docs.get(m.id()).get(3).asText())).toList();
        List<Integer> ascending = new ArrayList<>(planOrder);
        ascending.sort(Integer::compare);
        assertEquals(ascending, planOrder);
    }

    record Match(int id, int score, List<Integer> fields) {
    }

    private static final int[] WEIGHTS = {8, 4, 2, 1};

    /** The page's rules: a term is found where all its keys are in one field; the best field counts. */
    private List<Match> search(String query) throws IOException {
        int shardCount = meta.get("term_shards").asInt();
        Map<Integer, JsonNode> shards = new HashMap<>();
        List<Map<Integer, Integer>> perTerm = new ArrayList<>();
        for (String term : SearchIndex.normalize(query).trim().split("\\s+")) {
            List<String> keys = new ArrayList<>();
            for (String run : term.split("[^\\p{L}\\p{N}\\p{M}]+")) {
                int[] cps = run.codePoints().toArray();
                if (cps.length == 1) {
                    keys.add(run);
                }
                for (int i = 0; i + 1 < cps.length; i++) {
                    keys.add(new String(cps, i, 2));
                }
            }
            Map<Integer, Integer> best = new LinkedHashMap<>();
            for (int field = 0; field < 4; field++) {
                Set<Integer> ids = null;
                for (String key : keys) {
                    int n = SearchIndex.shardOf(key, shardCount);
                    JsonNode shard = shards.computeIfAbsent(n, k -> read("search/terms/" + k + ".json"));
                    Set<Integer> inField = new TreeSet<>();
                    for (JsonNode list : shard.path(key)) {
                        if (list.get(0).asInt() == field) {
                            int id = 0;
                            for (int i = 1; i < list.size(); i++) {
                                id += list.get(i).asInt();
                                inField.add(id);
                            }
                        }
                    }
                    if (ids == null) {
                        ids = inField;
                    } else {
                        ids.retainAll(inField);
                    }
                }
                for (int id : ids) {
                    best.putIfAbsent(id, field);
                }
            }
            perTerm.add(best);
        }
        List<Match> out = new ArrayList<>();
        for (int id : perTerm.get(0).keySet()) {
            if (perTerm.stream().allMatch(t -> t.containsKey(id))) {
                List<Integer> fields = perTerm.stream().map(t -> t.get(id)).toList();
                out.add(new Match(id, fields.stream().mapToInt(f -> WEIGHTS[f]).sum(), fields));
            }
        }
        out.sort((a, b) -> a.score() != b.score() ? b.score() - a.score() : a.id() - b.id());
        return out;
    }

    private JsonNode read(String path) {
        try {
            return json.readTree(site.read(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> urls(List<Match> found) {
        return found.stream().map(m -> docs.get(m.id()).get(1).asText()).toList();
    }

    private static List<Integer> fields(List<Match> found) {
        return found.stream().map(m -> m.fields().get(0)).toList();
    }
}
