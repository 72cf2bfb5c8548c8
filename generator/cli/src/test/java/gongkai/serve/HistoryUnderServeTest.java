package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.build.Build;
import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve reads the history once: a save changes no task's record (only commits do), and a commit is noticed at the
 * next save, when the whole site is made again with the new change.
 */
class HistoryUnderServeTest {

    @TempDir
    Path temp;

    private static void commit(Git git, String message, String when) throws Exception {
        PersonIdent who = new PersonIdent("编辑", "e@example.org", java.util.Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setSign(false).setAuthor(who).setCommitter(who).call();
    }

    private static final String MOVED = "---\nnumber: \"2\"\ntitle: 做好政策解读\nsection: （二）\nresponsible: [市发改委]\n"
            + "deadline: 2020-09-30\n---\n政策文件与解读材料同步起草。\n";

    @Test
    void aSaveLeavesTheRecordAsItIsAndACommitIsNoticedAtTheNextSave() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("project"));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call();
             DevSite dev = DevSite.open(site.options())) {
            commit(git, "发布", "2020-03-02T02:00:00Z");
            assertTrue(dev.buildAll().ok());
            assertEquals(List.of("首次发布"), site.page("plans/demo-2020/2/").select("ol.changes .change-kind").eachText());

            site.write("content/plans/demo-2020/2.md", MOVED);
            DevSite.Outcome saved = dev.update(Set.of(site.root().resolve("content/plans/demo-2020/2.md")));
            assertTrue(saved.ok() && !saved.full(), "an edit reaches part of the site");
            Document page = site.page("plans/demo-2020/2/");
            assertEquals(1, page.select("ol.changes > li").size(), "not committed, not in the record");
            assertTrue(page.select(".postponed").isEmpty());
            assertEquals("2020年9月30日", page.select(".facts dt:containsOwn(完成时限) + dd").text());
            sameAsAWholeBuild(site, "saved");

            commit(git, "延期", "2020-04-10T02:00:00Z");
            Path other = site.root().resolve("content/plans/demo-2020/4.md");
            DevSite.Outcome next = dev.update(Set.of(other));
            assertTrue(next.ok() && !next.full(), "a new commit is an edit of what its changes reach, not of the whole site");
            assertTrue(next.written().containsAll(List.of("plans/demo-2020/2/index.html", "changes/index.html",
                    "changes/feed.xml", "data/changes.csv")), "the task's record and the lists of changes: " + next.written());
            assertFalse(next.written().contains("plans/other-2019/1/index.html"), "a task the commit left alone");
            page = site.page("plans/demo-2020/2/");
            assertEquals(List.of("完成时限 由 2020年3月31日 调整为 2020年9月30日（期限延后）"),
                    page.select("ol.changes > li").get(0).select(".change-fields li").eachText());
            assertEquals("期限调整过 1 次", page.selectFirst(".postponed").ownText());
            assertFalse(site.page("changes/").select("ol.changes > li").isEmpty());
            sameAsAWholeBuild(site, "committed");

            DevSite.Outcome again = dev.update(Set.of(other));
            assertEquals(List.of(), again.written(), "HEAD has not moved since: nothing to do");
        }
    }

    private void sameAsAWholeBuild(TestSite site, String name) throws Exception {
        Path whole = temp.resolve(name);
        Build.Result r = Build.run(site.options().withOutput(whole));
        assertTrue(r.ok(), r.problems().toString());
        for (String page : List.of("plans/demo-2020/2/index.html", "changes/index.html", "changes/feed.xml",
                "plans/demo-2020/index.html")) {
            assertEquals(Files.readString(whole.resolve(page)), site.read(page), page);
        }
    }
}
