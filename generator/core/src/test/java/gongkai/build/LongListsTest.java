package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site large enough that its lists are split: no page grows with the whole site beyond what it lists. */
class LongListsTest {

    @TempDir
    static Path temp;

    static TestSite site;

    /** 101 plans of two tasks each, all owed by 示例市财政局: 202 tasks for one unit. */
    @BeforeAll
    static void build() {
        site = TestSite.fixture("basic", temp);
        for (int p = 1; p <= 101; p++) {
            String dir = "content/plans/long-" + (1000 + p) + "/";
            site.write(dir + "plan.md", "---\ntitle: 第" + p + "号计划\nissuer: 示例市\nyear: " + (2000 + p) + "\n---\n");
            for (int t = 1; t <= 2; t++) {
                site.write(dir + t + ".md", "---\nnumber: \"" + t + "\"\ntitle: 任务" + p + "-" + t
                        + "\nresponsible: [示例市财政局]\nstatus: in-progress\n---\n要求。\n");
            }
        }
        site.buildOk();
    }

    private static int rows(Document page) {
        return page.select("table.tasks tbody tr").size();
    }

    @Test
    void theHomePageShowsTheNewestPlansAndLinksToAll() {
        Document home = site.page("");
        // 103 plans in all (the fixture's two and these); the newest year first.
        assertEquals(20, home.select("li.plan-card").size());
        assertEquals("第101号计划", home.selectFirst("li.plan-card h3").text());
        assertTrue(home.text().contains("以上是最新的 20 个计划。查看全部 103 个计划"));
    }

    @Test
    void allPlansAreListedAHundredAPage() {
        Document first = site.page("plans/");
        Document second = site.page("plans/page/2/");
        assertEquals(100, first.select("li.plan-card").size());
        assertEquals(3, second.select("li.plan-card").size());
        assertEquals("第 1–100 项，共 103 项", first.selectFirst("nav.pager p").text());
        assertEquals("../plans/page/2/", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertTrue(second.title().startsWith("第 2 页 · 全部计划"));
        assertTrue(site.read("sitemap.xml").contains("plans/page/2/</loc>"));
    }

    @Test
    void aUnitWithHundredsOfTasksIsPaged() {
        Document first = site.page("units/city-czj/");
        Document third = site.page("units/city-czj/page/3/");
        assertEquals(100, rows(first));
        assertEquals(100, rows(site.page("units/city-czj/page/2/")));
        assertTrue(rows(third) >= 2 && rows(third) < 100, "rows on page 3: " + rows(third));
        assertFalse(site.exists("units/city-czj/page/4/index.html"));
        // Rows render with the root of the page they are on.
        String href = third.selectFirst("table.tasks tbody tr th a").attr("href");
        assertTrue(href.startsWith("../../../../plans/"), href);
    }

    @Test
    void aStatusWithHundredsOfTasksIsPaged() {
        assertEquals(100, rows(site.page("status/in-progress/")));
        assertTrue(site.exists("status/in-progress/page/3/index.html"));
        List<String> pages = site.page("status/in-progress/page/2/").select("nav.pager li a").eachText();
        assertTrue(pages.containsAll(List.of("上一页", "1", "2", "3", "下一页")), pages.toString());
    }
}
