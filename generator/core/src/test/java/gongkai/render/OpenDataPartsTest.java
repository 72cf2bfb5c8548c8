package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.build.Build;
import gongkai.diagnostics.Problems;
import gongkai.graph.SiteGraph;
import gongkai.model.Plan;
import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's tasks.json and tasks.csv are each plan's part joined; a rebuild takes the part of a plan whose own file it
 * keeps from that file (Earlier) instead of making it again, and makes it when the file is not one it can cut.
 */
class OpenDataPartsTest {

    @TempDir
    Path temp;

    private static Map<String, byte[]> files(OpenData data) throws Templates.TemplateError {
        Map<String, byte[]> out = new HashMap<>();
        for (Job j : data.jobs()) {
            out.put(j.path(), j.producer().produce());
        }
        return out;
    }

    @Test
    void thePartsOfKeptPlanFilesAreTakenFromThem() throws Exception {
        Problems problems = new Problems();
        SiteGraph graph = Build.load(TestSite.fixture("basic", temp).options(), problems).orElseThrow().graph();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        Map<String, byte[]> whole = files(new OpenData(graph));
        List<Plan> plans = graph.content().plans();
        assertTrue(plans.size() >= 2, "the fixture has two plans");
        String json = "data/plans/" + plans.get(0).id() + "/tasks.json";
        String csv = "data/plans/" + plans.get(0).id() + "/tasks.csv";
        // Every kept file as the last build made it: the site's files are the same bytes.
        assertEquals(keys(whole), keys(files(new OpenData(graph, path -> Optional.ofNullable(whole.get(path))))));
        for (Map.Entry<String, byte[]> e : files(new OpenData(graph, path -> Optional.ofNullable(whole.get(path))))
                .entrySet()) {
            assertArrayEquals(whole.get(e.getKey()), e.getValue(), e.getKey());
        }
        // A kept plan's part is taken from its file, not made again: a mark put in it shows in the site's files.
        byte[] markedJson = ("[{\"mark\":1}]\n").getBytes(StandardCharsets.UTF_8);
        String head = new String(whole.get(csv), StandardCharsets.UTF_8);
        head = head.substring(0, head.indexOf('\n') + 1);
        byte[] markedCsv = (head + "标记\r\n").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> marked = files(new OpenData(graph, path -> path.equals(json) ? Optional.of(markedJson)
                : path.equals(csv) ? Optional.of(markedCsv) : Optional.empty()));
        String siteJson = new String(marked.get("data/tasks.json"), StandardCharsets.UTF_8);
        assertTrue(siteJson.startsWith("[{\"mark\":1},{\"plan\":\"" + plans.get(1).id()), siteJson);
        String siteCsv = new String(marked.get("data/tasks.csv"), StandardCharsets.UTF_8);
        assertTrue(siteCsv.startsWith(head + "标记\r\n" + plans.get(1).id() + ","), siteCsv);
        // A file that is not one of its kind (another header) is not cut: the part is made again.
        Map<String, byte[]> foreign = files(new OpenData(graph, path -> path.equals(csv)
                ? Optional.of("另一种表头\r\n标记\r\n".getBytes(StandardCharsets.UTF_8)) : Optional.empty()));
        assertArrayEquals(whole.get("data/tasks.csv"), foreign.get("data/tasks.csv"));
    }

    private static java.util.Set<String> keys(Map<String, byte[]> files) {
        return new java.util.TreeSet<>(files.keySet());
    }
}
