package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.build.Build;
import gongkai.diagnostics.Problems;
import gongkai.graph.SiteGraph;
import gongkai.support.RandomEdits;
import gongkai.support.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve makes the search index after an edit from the one before it, changing only the documents the edit changed:
 * every file of it must be byte for byte the file a whole index of the same content gives, and the files it says
 * differ from before's must be all the files that do.
 */
class SearchIndexAfterEditTest {

    @TempDir
    Path temp;

    private static SiteGraph load(TestSite site) {
        Problems problems = new Problems();
        SiteGraph graph = Build.load(site.options(), problems).orElseThrow().graph();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return graph;
    }

    private static List<String> files(List<Job> jobs) throws Templates.TemplateError {
        List<String> out = new ArrayList<>();
        for (Job j : jobs) {
            out.add(j.path() + "\n" + new String(j.producer().produce(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void anIndexMadeFromTheOneBeforeAnEditIsTheWholeIndexOfTheEditedContent() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        SiteGraph graph = load(site);
        SearchIndex index = new SearchIndex(graph);
        List<String> before = files(index.jobs());
        Random random = new Random(11);
        int patched = 0;
        for (int i = 0; i < 40; i++) {
            String what = RandomEdits.edit(site, random, i);
            SiteGraph next = load(site);
            Edit edit = Edit.between(graph, next).orElseThrow();
            SearchIndex made = new SearchIndex(next, index, edit);
            List<Job> jobs = made.jobs();
            List<String> now = files(jobs);
            List<String> whole = files(new SearchIndex(next).jobs());
            for (int f = 0; f < whole.size(); f++) {
                assertEquals(whole.get(f), now.get(f), "after edit " + i + " (" + what + ")");
            }
            if (before.size() == now.size()) {
                for (int f = 0; f < now.size(); f++) {
                    if (!now.get(f).equals(before.get(f))) {
                        assertTrue(jobs.get(f).shows().touchedBy(edit), jobs.get(f).path() + " differs after edit " + i
                                + " (" + what + ") but says it does not");
                    }
                }
                patched++;
            }
            graph = next;
            index = made;
            before = now;
        }
        assertTrue(patched > 30, "most edits leave the documents where they were: " + patched);
    }
}
