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
 * serve makes the search index after an edit from the one before it, and a rebuild from the one the last build saved,
 * changing only the documents the edit changed: every file of it must be byte for byte the file a whole index of the
 * same content gives, and the files it says differ from before's must be all the files that do.
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

    private static byte[] saved(SearchIndex index) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        index.save(new java.io.DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void anIndexMadeFromTheOneBeforeAnEditIsTheWholeIndexOfTheEditedContent() throws Exception {
        madeAfterEdits(false);
    }

    /**
     * A rebuild has no texts of the documents before: it reads back the keys of those an edit changed, and says the
     * same files differ as serve's index, which has the texts.
     */
    @Test
    void anIndexMadeFromTheOneTheLastBuildSavedIsTheWholeIndexOfTheEditedContent() throws Exception {
        madeAfterEdits(true);
    }

    private void madeAfterEdits(boolean saved) throws Exception {
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
            SearchIndex served = new SearchIndex(next, index, edit);
            SearchIndex made = saved ? SearchIndex.afterSaved(next, saved(index), 0, edit) : served;
            List<Job> jobs = made.jobs();
            List<Job> servedJobs = served.jobs();
            List<String> now = files(jobs);
            List<String> whole = files(new SearchIndex(next).jobs());
            for (int f = 0; f < whole.size(); f++) {
                assertEquals(whole.get(f), now.get(f), "after edit " + i + " (" + what + ")");
            }
            if (before.size() == now.size()) {
                for (int f = 0; f < now.size(); f++) {
                    assertEquals(servedJobs.get(f).shows().touchedBy(edit), jobs.get(f).shows().touchedBy(edit),
                            jobs.get(f).path() + " after edit " + i + " (" + what + ")");
                    if (!now.get(f).equals(before.get(f))) {
                        assertTrue(jobs.get(f).shows().touchedBy(edit), jobs.get(f).path() + " differs after edit " + i
                                + " (" + what + ") but says it does not");
                    }
                }
                patched++;
            }
            graph = next;
            index = served;
            before = now;
        }
        assertTrue(patched > 30, "most edits leave the documents where they were: " + patched);
    }

    @Test
    void aSavedIndexCutShortOrForeignIsMadeWhole() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        SiteGraph graph = load(site);
        byte[] saved = saved(new SearchIndex(graph));
        RandomEdits.edit(site, new Random(3), 0);
        SiteGraph next = load(site);
        Edit edit = Edit.between(graph, next).orElseThrow();
        List<String> whole = files(new SearchIndex(next).jobs());
        for (byte[] bad : List.of(java.util.Arrays.copyOf(saved, saved.length / 2), new byte[0],
                "gongkai-search-index/0".getBytes(StandardCharsets.UTF_8))) {
            SearchIndex made = SearchIndex.afterSaved(next, bad, 0, edit);
            assertEquals(whole, files(made.jobs()));
            for (Job j : made.jobs()) {
                assertTrue(j.shows().touchedBy(edit), j.path() + " is made again when the saved index cannot be read");
            }
        }
    }
}
