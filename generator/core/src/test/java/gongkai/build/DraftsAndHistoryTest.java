package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsAndHistoryTest {

    @TempDir
    Path temp;

    @Test
    void draftsStayOutOfThePublicBuildAndShowInPreview() {
        TestSite site = TestSite.fixture("basic", temp)
                .write("content/plans/demo-2020/6.md", "---\nnumber: \"6\"\ntitle: 还在起草\nsection: （三）\ndraft: true\n---\n")
                .write("content/plans/demo-2020/3.md", "---\nnumber: \"3\"\ntitle: 加强平台建设\nsection: （三）\ndraft: true\n---\n")
                .write("content/plans/other-2019/plan.md", "---\ntitle: 另一市计划\njurisdiction: town\nyear: 2019\ndraft: true\n---\n");
        site.buildOk();
        for (String gone : new String[] {"plans/demo-2020/6/index.html", "plans/demo-2020/3/index.html",
            "plans/demo-2020/3-1/index.html", "plans/other-2019/index.html", "plans/other-2019/1/index.html"}) {
            assertFalse(site.exists(gone), gone);
        }
        assertFalse(site.read("sitemap.xml").contains("demo-2020/6/"));
        assertFalse(site.read("data/tasks.json").contains("还在起草"));
        assertEquals("共 4 项，已完成 1 项（25%），已逾期 1 项", site.page("").selectFirst(".summary-text").text());

        Build.Result preview = Build.run(site.options().withDrafts(true));
        assertTrue(preview.ok(), () -> preview.problems().toString());
        assertEquals("草稿：本任务尚未公开，只在预览中显示。", site.page("plans/demo-2020/6/").selectFirst(".draft-note").text());
        assertEquals("草稿：本任务尚未公开，只在预览中显示。", site.page("plans/demo-2020/3-1/").selectFirst(".draft-note").text());
        assertEquals("草稿：本计划尚未公开，只在预览中显示。", site.page("plans/other-2019/").selectFirst(".draft-note").text());
        assertTrue(site.page("plans/demo-2020/1/").select(".draft-note").isEmpty());
    }

    @Test
    void taskPagesSayWhenTheirFileLastChangedInGit() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            TimeZone utc = TimeZone.getTimeZone("UTC");
            git.add().addFilepattern("content").call();
            git.commit().setMessage("first").setSign(false)
                    .setAuthor(new PersonIdent("编辑", "e@example.org", java.util.Date.from(Instant.parse("2020-03-02T02:00:00Z")), utc))
                    .setCommitter(new PersonIdent("编辑", "e@example.org", java.util.Date.from(Instant.parse("2020-03-02T02:00:00Z")), utc))
                    .call();
            site.write("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 做好政策解读\nsection: （二）\n---\n改了。\n");
            git.add().addFilepattern("content").call();
            // 16:30 UTC is already the next day in the site's time zone (Asia/Shanghai).
            PersonIdent later = new PersonIdent("编辑", "e@example.org", java.util.Date.from(Instant.parse("2020-08-09T16:30:00Z")), utc);
            git.commit().setMessage("second").setSign(false).setAuthor(later).setCommitter(later).call();
        }
        site.buildOk();
        // The last change in the task's record, in the site's time zone, with the record a link away.
        Document two = site.page("plans/demo-2020/2/");
        assertEquals("2020年8月10日（见修改记录）", two.select(".facts dt:containsOwn(最近修改) + dd").text());
        assertEquals("#changes-heading", two.selectFirst(".facts dt:containsOwn(最近修改) + dd a").attr("href"));
        assertEquals("2020年3月2日（见修改记录）", site.page("plans/demo-2020/4/").select(".facts dt:containsOwn(最近修改) + dd").text());
        // Beside it, and apart from it, the date of the latest progress report.
        assertEquals("2020年7月15日", site.page("plans/demo-2020/1/").select(".facts dt:containsOwn(最新进展) + dd").text());
        assertEquals("尚未报送", site.page("plans/demo-2020/4/").select(".facts dt:containsOwn(最新进展) + dd").text());
        // Without git there is no record, so no date of a last change: the report's date does not stand in for it.
        TestSite plain = TestSite.fixture("basic", temp.resolve("plain"));
        plain.buildOk();
        assertEquals("2020年7月15日", plain.page("plans/demo-2020/1/").select(".facts dt:containsOwn(最新进展) + dd").text());
        assertTrue(plain.page("plans/demo-2020/1/").select(".facts dt:containsOwn(最近修改)").isEmpty());
        assertTrue(plain.page("plans/demo-2020/1/").select("#changes-heading").isEmpty());
    }
}
