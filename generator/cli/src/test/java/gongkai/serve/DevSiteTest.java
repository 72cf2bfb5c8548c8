package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.diagnostics.Problem;
import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's incremental rebuild: exactly the pages an edit reaches are rendered again. */
class DevSiteTest {

    @TempDir
    Path temp;

    TestSite site;
    DevSite dev;

    @BeforeEach
    void buildOnce() throws Exception {
        site = TestSite.fixture("basic", temp);
        dev = DevSite.open(site.options());
        assertTrue(dev.buildAll().ok());
    }

    @AfterEach
    void release() throws Exception {
        dev.close();
    }

    private DevSite.Outcome edit(String path, String text) {
        site.write(path, text);
        return dev.update(Set.of(site.root().resolve(path)));
    }

    @Test
    void aTitleEditRendersTheTaskItsPlanItsUnitsAndTheSummaries() {
        DevSite.Outcome out = edit("content/plans/demo-2020/2.md",
                "---\nnumber: \"2\"\ntitle: 做好政策解读工作\nsection: （二）\nresponsible: [市发改委]\ndeadline: 2020-03-31\n---\n政策文件与解读材料同步起草。\n");
        assertTrue(out.ok());
        assertFalse(out.full());
        // Exactly what an edit reaches is IncrementalBuildTest's property; here, the reach of one edit in words.
        assertTrue(out.written().containsAll(List.of("plans/demo-2020/2/index.html", "plans/demo-2020/index.html",
                "units/city-fgw/index.html", "status/not-reported/index.html", "index.html", "data/tasks.json")),
                out.written().toString());
        for (String untouched : List.of("plans/demo-2020/1/index.html", "plans/other-2019/index.html",
                "units/city-czj/index.html", "status/completed/index.html", "units/city-fgw/feed.xml", "404.html")) {
            assertFalse(out.written().contains(untouched), untouched + " shows nothing the edit changed");
        }
        assertEquals("做好政策解读工作", site.page("plans/demo-2020/2/").selectFirst("h1").ownText());
        assertEquals(93, dev.buildAll().written().size(), "a full build writes every job");
    }

    @Test
    void aSubItemEditReachesItsParentAndItsGroupsMembers() {
        DevSite.Outcome out = edit("content/plans/demo-2020/3-2.md",
                "---\nnumber: \"（2）\"\nparent: \"3\"\nresponsible: [各区人民政府]\n---\n完善平台功能；持续优化。\n");
        assertTrue(out.written().containsAll(List.of("plans/demo-2020/3/index.html", "plans/demo-2020/3-2/index.html",
                "units/city-a/index.html", "units/city-b/index.html", "units/city-districts/index.html")), out.written().toString());
        assertFalse(out.written().contains("plans/demo-2020/1/index.html"));
        assertFalse(out.written().contains("plans/other-2019/index.html"));
    }

    @Test
    void anUnchangedSaveRendersNothing() {
        Path file = site.root().resolve("content/plans/demo-2020/4.md");
        DevSite.Outcome out = dev.update(Set.of(file));
        assertTrue(out.ok());
        assertEquals(List.of(), out.written());
    }

    @Test
    void aTemplateOrConfigEditRendersEverything() {
        String home = site.read("index.html");
        DevSite.Outcome out = edit("templates/404.ftlh", "<#import \"_layout.ftlh\" as layout>\n<@layout.page>\n<h1>找不到</h1>\n</@layout.page>\n");
        assertTrue(out.full());
        assertEquals(93, out.written().size());
        assertTrue(site.read("404.html").contains("<h1>找不到</h1>"));
        assertEquals(home, site.read("index.html"));
        DevSite.Outcome config = edit("site-config.yml", "title: 新标题\nbase_url: https://example.org/gk/\nas_of: 2020-12-31\n");
        assertTrue(config.full());
        assertEquals("新标题", site.page("").selectFirst("h1").text());
    }

    @Test
    void anErrorKeepsTheLastGoodPagesAndIsRemembered() {
        String before = site.read("plans/demo-2020/2/index.html");
        DevSite.Outcome bad = edit("content/plans/demo-2020/2.md", "---\ntitle: [坏\n---\n");
        assertFalse(bad.ok());
        assertEquals(List.of(), bad.written());
        assertEquals(bad.problems(), dev.problems());
        assertEquals("content/plans/demo-2020/2.md:3:1", bad.problems().get(0).format().substring(0, 32));
        assertEquals(before, site.read("plans/demo-2020/2/index.html"));
        DevSite.Outcome fixed = edit("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 修好了\n---\n");
        assertTrue(fixed.ok());
        assertEquals(List.<Problem>of(), dev.problems());
        assertEquals("修好了", site.page("plans/demo-2020/2/").selectFirst("h1").ownText());
    }

    @Test
    void aDeletedTaskLosesItsPage() throws Exception {
        site.delete("content/plans/demo-2020/5.md");
        DevSite.Outcome out = dev.update(Set.of(site.root().resolve("content/plans/demo-2020/5.md")));
        assertTrue(out.ok());
        assertFalse(Files.exists(site.output().resolve("plans/demo-2020/5/index.html")));
        assertTrue(out.written().contains("units/city-b/index.html"));
    }

    @Test
    void aNewTaskAndANewPlanAppearThoughFolderListingsAreKept() {
        String task = "---\nnumber: \"6\"\ntitle: 新增的任务\nsection: （三）\nresponsible: [乙区人民政府]\n---\n新增。\n";
        DevSite.Outcome out = edit("content/plans/demo-2020/6.md", task);
        assertTrue(out.ok(), () -> out.problems().toString());
        assertEquals("新增的任务", site.page("plans/demo-2020/6/").selectFirst("h1").ownText());

        site.write("content/plans/new-2021/plan.md", "---\ntitle: 新计划\nissuer: 示例市\nyear: 2021\n---\n");
        site.write("content/plans/new-2021/1.md", "---\nnumber: \"1\"\ntitle: 新计划的任务\nresponsible: [乙区人民政府]\n---\n");
        DevSite.Outcome plan = dev.update(Set.of(site.root().resolve("content/plans/new-2021"),
                site.root().resolve("content/plans/new-2021/plan.md"), site.root().resolve("content/plans/new-2021/1.md")));
        assertTrue(plan.ok(), () -> plan.problems().toString());
        assertTrue(site.exists("plans/new-2021/1/index.html"));
    }
}
