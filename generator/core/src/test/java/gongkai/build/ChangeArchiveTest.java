package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.GitCommits;
import gongkai.support.HtmlCheck;
import gongkai.support.TestSite;
import gongkai.support.WholeBuild;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive of the list of changes: every change, a hundred a page, the pages numbered from the oldest, so that a
 * page keeps its changes and its address as commits come. The list's own page shows the newest hundred. A commit
 * makes again the list's page, the archive's newest page and the pages naming a task it edited (a page names each
 * task as it is now), not the others.
 */
class ChangeArchiveTest {

    private static final String PLAN = "content/plans/many-2021/";
    private static final String OTHER = "content/plans/more-2021/";
    private static final int TASKS = 30;

    @TempDir
    Path temp;

    private static void retitle(TestSite site, int round, int from, int to) {
        retitle(site, PLAN, round, from, to);
    }

    private static void retitle(TestSite site, String plan, int round, int from, int to) {
        for (int i = from; i <= to; i++) {
            site.write(plan + i + ".md", "---\nnumber: \"" + i + "\"\ntitle: 任务" + i + "第" + round
                    + "稿\nlead: [市财政局]\n---\n");
        }
    }

    private static void commit(Git git, int round) throws Exception {
        GitCommits.commit(git, "第" + round + "轮修改", Instant.parse("2021-01-01T02:00:00Z").plusSeconds(86_400L * round).toString());
    }

    private static List<String> links(Document page) {
        return page.select("nav.pager a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
    }

    @Test
    void theArchiveKeepsEachPageAsCommitsComeAndACommitMakesOnlyItsNewestPageAgain() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("site"));
        site.write(PLAN + "plan.md", "---\ntitle: 示例市2021年政务公开工作任务分解表\njurisdiction: city\nyear: 2021\n---\n");
        site.write(OTHER + "plan.md", "---\ntitle: 示例市2021年另一分解表\njurisdiction: city\nyear: 2021\n---\n");
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            retitle(site, 0, 1, TASKS);
            retitle(site, OTHER, 0, 1, TASKS);
            commit(git, 0);
            for (int round = 1; round <= 4; round++) {
                retitle(site, round, 1, TASKS);
                commit(git, round);
            }
            site.buildOk();
            site.buildOk();
            site.buildOk();

            // 120 changes: the newest 100 on the list's page, and an archive of two pages.
            Document list = site.page("changes/");
            assertEquals(100, list.select("ol.changes > li").size());
            assertEquals("本页列出最近的 100 项修改。全部 120 项修改按时间先后编为 2 页存档，各页的页码和内容不随此后的修改而变。",
                    list.selectFirst("nav.pager p").text());
            assertEquals(List.of("较早的修改 ../changes/page/1/", "最早的修改 ../changes/page/1/"), links(list));
            Document first = site.page("changes/page/1/");
            assertEquals("修改存档：第 1 页", first.selectFirst("h1").text());
            assertTrue(first.selectFirst("h1 + p").text().contains("本页是第 1–100 项"));
            List<Element> items = first.select("ol.changes > li");
            assertEquals(100, items.size());
            assertTrue(items.get(99).text().contains("由“任务30第0稿”改为“任务30第1稿”"), "the oldest change last: " + items.get(99).text());
            assertTrue(items.get(0).text().contains("由“任务21第3稿”改为“任务21第4稿”"), items.get(0).text());
            assertEquals(List.of("较新的修改 ../../../changes/page/2/", "近期修改 ../../../changes/"), links(first));
            Document second = site.page("changes/page/2/");
            assertEquals(20, second.select("ol.changes > li").size());
            assertTrue(second.selectFirst("h1 + p").text().contains("本页是第 101–120 项"));
            assertEquals(List.of("较早的修改 ../../../changes/page/1/", "近期修改 ../../../changes/"), links(second));
            assertFalse(site.exists("changes/page/3/index.html"));
            assertEquals(List.of(), HtmlCheck.errors(site, List.of("changes/index.html", "changes/page/1/index.html",
                    "changes/page/2/index.html")));

            // One more change, to a task of another plan: on the archive's newest page; the page before it, which
            // names no task the commit edited, is not made again.
            byte[] kept = site.bytes("changes/page/1/index.html");
            retitle(site, OTHER, 5, 7, 7);
            commit(git, 5);
            List<String> made = site.buildMade();
            assertTrue(made.contains("changes/index.html"), made.toString());
            assertTrue(made.contains("changes/page/2/index.html"), made.toString());
            assertFalse(made.contains("changes/page/1/index.html"), made.toString());
            assertArrayEquals(kept, site.bytes("changes/page/1/index.html"));
            assertEquals(21, site.page("changes/page/2/").select("ol.changes > li").size());
            WholeBuild.assertSame(site, temp, "one more change");

            // 79 more fill page 2; then one change to a task page 2 does not name starts page 3, and page 2, its
            // changes the same, is made again for its link to the newer page. Page 1 is still as it was.
            retitle(site, OTHER, 6, 1, TASKS);
            commit(git, 6);
            retitle(site, OTHER, 7, 1, TASKS);
            commit(git, 7);
            retitle(site, OTHER, 8, 1, 19);
            commit(git, 8);
            site.buildOk();
            assertEquals(100, site.page("changes/page/2/").select("ol.changes > li").size());
            assertFalse(site.exists("changes/page/3/index.html"));
            site.write("content/plans/demo-2020/2.md",
                    site.source("content/plans/demo-2020/2.md").replace("2020-03-31", "2020-04-30"));
            commit(git, 9);
            made = site.buildMade();
            assertTrue(made.contains("changes/page/2/index.html") && made.contains("changes/page/3/index.html"),
                    made.toString());
            assertFalse(made.contains("changes/page/1/index.html"), made.toString());
            assertArrayEquals(kept, site.bytes("changes/page/1/index.html"));
            assertEquals(List.of("较新的修改 ../../../changes/page/3/", "较早的修改 ../../../changes/page/1/",
                    "近期修改 ../../../changes/"), links(site.page("changes/page/2/")));
            assertEquals(1, site.page("changes/page/3/").select("ol.changes > li").size());
            WholeBuild.assertSame(site, temp, "a third page");

            // A page names each task as it is now: a task of page 1 edited makes page 1 again.
            retitle(site, 10, 30, 30);
            commit(git, 10);
            made = site.buildMade();
            assertTrue(made.contains("changes/page/1/index.html"), made.toString());
            assertTrue(site.page("changes/page/1/").select("ol.changes > li").last().text().startsWith("任务 30 任务30第10稿"));
            WholeBuild.assertSame(site, temp, "a task of page 1 edited");

            // The plans made drafts take their changes with them: the archive is gone.
            for (String plan : List.of(PLAN, OTHER)) {
                site.write(plan + "plan.md", site.source(plan + "plan.md").replace("year: 2021\n", "year: 2021\ndraft: true\n"));
            }
            commit(git, 11);
            site.buildOk();
            assertFalse(site.exists("changes/page/1/index.html"));
            WholeBuild.assertSame(site, temp, "the plan made a draft");
        }
    }
}
