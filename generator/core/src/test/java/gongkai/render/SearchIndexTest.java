package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path temp;

    @Test
    void textIsCutIntoPairsOfCharactersWithoutWordSegmentation() {
        assertEquals(Set.of("信访", "访局", "局"), SearchIndex.keys("信访局"));
        // Runs are cut at spaces; full-width forms fold to their plain ones; letters to lower case.
        assertEquals(Set.of("任务", "务", "3"), SearchIndex.keys(SearchIndex.normalize("任务　３")));
        assertEquals("abc", SearchIndex.normalize("ＡＢＣ"));
        // A character outside the BMP stays whole.
        assertEquals(Set.of("𠀋字", "字"), SearchIndex.keys("𠀋字"));
        assertEquals("𠀋字".codePointAt(0) % 8, SearchIndex.shardOf("𠀋字", 8));
    }

    @Test
    void shardsStaySmallAtScale() {
        assertEquals(8, SearchIndex.termShardsFor(100));
        // 100,000 tasks of about 40 pairs each: every term shard holds about 6,000 postings or fewer.
        int shards = SearchIndex.termShardsFor(4_000_000L);
        assertEquals(1024, shards);
        assertTrue(4_000_000L / shards <= SearchIndex.POSTINGS_PER_SHARD);
    }

    @Test
    void theShippedIndexFindsUnitsTasksAndPlans() throws Exception {
        TestSite site = TestSite.shipped(temp);
        site.buildOk();
        ObjectMapper json = new ObjectMapper();
        JsonNode meta = json.readTree(site.read("search/index.json"));
        int shards = meta.get("term_shards").asInt();
        assertEquals(8, shards);
        assertEquals("已逾期", meta.get("overdue").asText());
        List<JsonNode> docs = new ArrayList<>();
        json.readTree(site.read("search/docs/0.json")).forEach(docs::add);
        assertEquals(meta.get("docs").asInt(), docs.size());
        // Every key is in the shard its first character picks; postings are gaps from the previous id.
        for (int n = 0; n < shards; n++) {
            JsonNode shard = json.readTree(site.read("search/terms/" + n + ".json"));
            for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                assertEquals(n, SearchIndex.shardOf(e.getKey(), shards), e.getKey());
                int id = 0;
                for (JsonNode gap : e.getValue()) {
                    id += gap.asInt();
                    assertTrue(docs.get(id).get(6).asText().contains(e.getKey()), e.getKey() + " in " + id);
                }
            }
        }
        JsonNode pairs = json.readTree(site.read("search/terms/" + SearchIndex.shardOf("信访", shards) + ".json"));
        List<String> found = new ArrayList<>();
        int id = 0;
        for (JsonNode gap : pairs.get("信访")) {
            id += gap.asInt();
            found.add(docs.get(id).get(0).asText() + " " + docs.get(id).get(2).asText());
        }
        assertTrue(found.contains("u 温州市信访局"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("t 任务 ")), found.toString());
        JsonNode plan = docs.get(0);
        assertEquals(List.of("p", "plans/fujian-2019/"), List.of(plan.get(0).asText(), plan.get(1).asText()));
    }
}
