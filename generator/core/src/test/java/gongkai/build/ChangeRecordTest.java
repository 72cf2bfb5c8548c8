package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import gongkai.read.GitHistory;
import gongkai.support.HtmlCheck;
import gongkai.support.TestSite;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change record (修改记录), read from a repository the test makes with JGit: a plan published, then a deadline
 * moved twice, a unit added, reports added, the requirement rewritten, a file only reformatted, a task added to the
 * published plan and one deleted, a title changed on a branch merged into the main line. Read back from the task
 * pages, the list of changes and its feed.
 */
class ChangeRecordTest {

    @TempDir
    static Path temp;

    static TestSite site;
    static Build.Result result;

    /** Who commits: neither the name nor the address may reach the site. */
    static final String AUTHOR = "王编辑甲";
    static final String EMAIL = "wang.editor@example.gov.cn";

    static final String TASK_2 = "---\nnumber: \"2\"\ntitle: 做好政策解读\nsection: （二）\nresponsible: [市发改委]\n%s---\n%s\n";

    @BeforeAll
    static void buildFromHistory() throws Exception {
        site = TestSite.fixture("basic", temp);
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "发布2020年工作要点", "2020-03-02T02:00:00Z");
            site.write("content/plans/demo-2020/2.md", String.format(TASK_2,
                    "lead: [市财政局]\ndeadline: 2020-06-30\n", "政策文件与解读材料同步起草。"));
            commit(git, "市政府同意延期 " + EMAIL + "\n\n详细说明。\nSigned-off-by: " + AUTHOR + " <" + EMAIL + ">",
                    "2020-04-10T02:00:00Z");
            site.write("content/plans/demo-2020/2.md", String.format(TASK_2, "lead: [市财政局]\ndeadline: 2020-06-30\n"
                    + "updates:\n  - date: 2020-05-15\n    status: in-progress\n    text: 已起草解读材料。\n",
                    "政策文件与解读材料同步起草、同步审签、同步发布。"));
            commit(git, "Update 2.md", "2020-05-20T02:00:00Z");
            site.write("content/plans/demo-2020/2.md", String.format(TASK_2, "lead: [市财政局]\ndeadline: 2021-03-31\n"
                    + "updates:\n  - date: 2020-05-15\n    status: in-progress\n    text: 已起草解读材料。\n"
                    + "  - date: 2020-05-31\n    status: in-progress\n    text: 已报市政府审签。\n",
                    "政策文件与解读材料同步起草、同步审签、同步发布。"));
            site.write("content/plans/demo-2020/4.md", "---\nnumber: \"4\"\ntitle: 常态化公开\nsection: （三）\nlead: [市财政局]\n"
                    + "deadline: ongoing\ndeadline_text: 持续推进\nstatus: completed\n---\n常态化做好公开工作。\n");
            commit(git, "第二次延期，4 号任务完成", "2020-06-01T02:00:00Z");
            // Only the way it is written changes: no field does, so no change is recorded.
            site.write("content/plans/demo-2020/2.md", String.format(TASK_2, "lead:\n  - 市财政局\ndeadline: \"2021-03-31\"\n"
                    + "updates:\n  - date: 2020-05-15\n    status: in-progress\n    text: 已起草解读材料。\n"
                    + "  - date: 2020-05-31\n    status: in-progress\n    text: 已报市政府审签。\n",
                    "政策文件与解读材料同步起草、同步审签、同步发布。"));
            commit(git, "格式整理", "2020-06-02T02:00:00Z");
            site.write("content/plans/demo-2020/6.md", "---\nnumber: \"6\"\ntitle: 新增的任务\nsection: （三）\nlead: [市财政局]\n---\n后来加上的。\n");
            site.delete("content/plans/demo-2020/5.md");
            commit(git, "增加任务6，删去已调整的任务5", "2020-07-01T02:00:00Z");
            git.branchCreate().setName("retitle").call();
            git.checkout().setName("retitle").call();
            site.write("content/plans/demo-2020/4.md", "---\nnumber: \"4\"\ntitle: 常态化做好公开\nsection: （三）\nlead: [市财政局]\n"
                    + "deadline: ongoing\ndeadline_text: 持续推进\nstatus: completed\n---\n常态化做好公开工作。\n");
            commit(git, "改标题", "2020-07-02T02:00:00Z");
            git.checkout().setName("main").call();
            PersonIdent at = who("2020-07-03T02:00:00Z");
            git.merge().include(git.getRepository().resolve("retitle")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false).call();
            git.commit().setMessage("Merge branch 'retitle'").setSign(false).setAuthor(at).setCommitter(at).call();
        }
        result = site.buildOk();
    }

    private static PersonIdent who(String when) {
        return new PersonIdent(AUTHOR, EMAIL, java.util.Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
    }

    private static void commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setSign(false).setAuthor(who(when)).setCommitter(who(when)).call();
    }

    private static List<String> fields(Element change) {
        return change.select(".change-fields > li").eachText();
    }

    @Test
    void theBuildSaysHowManyCommitsItRead() {
        assertEquals(GitHistory.State.READ, result.history());
        // The first-parent line: seven commits; the branch's own commit counts with its merge.
        assertEquals(7, result.commits());
    }

    @Test
    void aTaskPageListsEachChangeFieldByFieldNewestFirst() {
        Document page = site.page("plans/demo-2020/2/");
        List<Element> changes = page.select("ol.changes > li");
        assertEquals(List.of("2020年6月1日", "2020年5月20日", "2020年4月10日", "2020年3月2日"),
                changes.stream().map(c -> c.selectFirst(".change-head").text()).toList(), "the reformatting is no change");
        assertEquals(List.of("完成时限 由 2020年6月30日 调整为 2021年3月31日（期限延后）", "新增进展 2020年5月31日（推进中）"),
                fields(changes.get(0)));
        assertEquals(List.of("状态 改为 推进中", "新增进展 2020年5月15日（推进中）",
                "工作要求 修改： 政策文件与解读材料同步起草 新增：、同步审签、同步发布 。"), fields(changes.get(1)));
        assertEquals(List.of("完成时限 由 2020年3月31日 调整为 2020年6月30日（期限延后）", "牵头单位 增加 示例市财政局"),
                fields(changes.get(2)));
        assertEquals("首次发布", changes.get(3).selectFirst(".change-kind").text());
        // A report added is linked to where it is on the page; a unit to its page.
        assertEquals("../../../plans/demo-2020/2/#u-2020-05-31-1", changes.get(0).selectFirst(".change-update a").attr("href"));
        assertEquals("../../../units/city-czj/", changes.get(2).selectFirst(".change-units a").attr("href"));
        assertEquals("change-" + changes.get(0).id().substring(7), changes.get(0).id());
    }

    @Test
    void theRequirementsDifferenceIsMarkedUpAndWordedNotOnlyColoured() {
        Element diff = site.page("plans/demo-2020/2/").selectFirst("ol.changes .diff");
        assertEquals("、同步审签、同步发布", diff.selectFirst("ins").ownText());
        assertEquals("新增：", diff.selectFirst("ins .visually-hidden").text());
        assertTrue(diff.select("del").isEmpty());
        assertTrue(site.page("plans/demo-2020/2/").selectFirst(".diff-note").text().contains("删除线"));
    }

    @Test
    void commitMessagesAreShownWhereTheySaySomethingAndNoAuthorIsPublished() {
        List<Element> changes = site.page("plans/demo-2020/2/").select("ol.changes > li");
        assertEquals("修改说明：市政府同意延期", changes.get(2).selectFirst(".change-message").text(),
                "the first line only, without the e-mail address");
        assertNull(changes.get(1).selectFirst(".change-message"), "a web editor's \"Update 2.md\" says nothing");
        assertEquals("修改说明：发布2020年工作要点", changes.get(3).selectFirst(".change-message").text());
        for (Map.Entry<String, byte[]> f : site.snapshot().entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains(EMAIL) || text.contains("wang.editor"), f.getKey() + " publishes the e-mail address");
            assertFalse(text.contains(AUTHOR), f.getKey() + " publishes the author's name");
            assertFalse(text.contains("Merge branch"), f.getKey() + " publishes a merge's message");
        }
    }

    @Test
    void aPostponedTaskIsMarkedAndJudgedByItsCurrentDeadline() {
        Document page = site.page("plans/demo-2020/2/");
        assertEquals("期限调整过 2 次", page.selectFirst(".task-status .postponed").ownText());
        // First due 2020-03-31, now 2021-03-31: not overdue at the as-of date 2020-12-31.
        assertTrue(page.select(".task-status .status-overdue").isEmpty());
        Element row = site.page("plans/demo-2020/").selectFirst("tr:has(a[href$=demo-2020/2/])");
        assertEquals("期限调整过 2 次", row.selectFirst(".postponed").ownText());
        assertEquals("最新进展：2020年5月31日：已报市政府审签。", row.selectFirst(".latest").text());
        assertTrue(row.select(".status-overdue").isEmpty());
        assertTrue(site.page("plans/demo-2020/1/").select(".postponed").isEmpty(), "a task never moved is not marked");
        // The page's two dates: its latest report, and apart from it its last change (the latest in its record).
        assertEquals("2020年5月31日", page.select(".facts dt:containsOwn(最新进展) + dd").text());
        assertEquals("2020年6月1日（见修改记录）", page.select(".facts dt:containsOwn(最近修改) + dd").text());
    }

    @Test
    void theListOfChangesFollowsEveryPromiseAcrossPlans() {
        Document list = site.page("changes/");
        List<Element> items = list.select("ol.changes > li");
        assertEquals(List.of("任务 4 常态化做好公开（示例市2020年政务公开工作要点）", "任务 5 已调整的任务（示例市2020年政务公开工作要点）",
                "任务 6 新增的任务（示例市2020年政务公开工作要点）", "任务 2 做好政策解读（示例市2020年政务公开工作要点）",
                "任务 4 常态化做好公开（示例市2020年政务公开工作要点）", "任务 2 做好政策解读（示例市2020年政务公开工作要点）",
                "任务 2 做好政策解读（示例市2020年政务公开工作要点）"), items.stream().map(i -> i.selectFirst("h2").text()).toList());
        assertEquals(List.of("任务名称 由“常态化公开”改为“常态化做好公开”"), fields(items.get(0)));
        assertEquals("2020年7月3日", items.get(0).selectFirst(".change-head").text(), "a branch's change lands with its merge");
        assertEquals("不再公开（任务被删除或改为草稿）", items.get(1).selectFirst(".change-kind").text());
        assertTrue(items.get(1).select("h2 a").stream().noneMatch(a -> a.attr("href").contains("demo-2020/5/")),
                "a task no longer published has no page to link to");
        assertEquals("新增任务", items.get(2).selectFirst(".change-kind").text());
        assertEquals(List.of("状态 由 常态推进 改为 已完成"), fields(items.get(4)));
        assertEquals("../plans/demo-2020/2/#" + site.page("plans/demo-2020/2/").select("ol.changes > li").get(0).id(),
                items.get(3).selectFirst("h2 a").attr("href"));
        assertTrue(items.stream().noneMatch(i -> i.text().contains("首次发布")), "first publications are on the tasks' pages");
    }

    @Test
    void theFeedOfChangesReadsInRome() throws Exception {
        Channel feed = (Channel) new WireFeedInput().build(new InputStreamReader(
                new ByteArrayInputStream(site.bytes("changes/feed.xml")), StandardCharsets.UTF_8));
        assertEquals("示例政务公开：近期修改", feed.getTitle());
        List<Item> items = feed.getItems();
        assertEquals(7, items.size());
        assertEquals("任务 4 常态化做好公开：任务名称有修改", items.get(0).getTitle());
        assertEquals("任务 5 已调整的任务：不再公开", items.get(1).getTitle());
        assertEquals("任务 6 新增的任务：新增任务", items.get(2).getTitle());
        assertEquals("任务 2 做好政策解读：完成时限、落实情况有修改", items.get(3).getTitle());
        assertTrue(items.get(3).getGuid().isPermaLink());
        assertTrue(items.get(3).getGuid().getValue().startsWith("https://example.org/gk/plans/demo-2020/2/#change-"));
        assertFalse(items.get(1).getGuid().isPermaLink());
        String description = items.get(3).getDescription().getValue();
        assertTrue(description.contains("调整为 2021年3月31日"), description);
        assertTrue(description.contains("href=\"https://example.org/gk/plans/demo-2020/2/#u-2020-05-31-1\""), description);
        assertEquals("Wed, 1 Jul 2020 00:00:00 +0800", items.get(1).getPubDate() == null ? ""
                : java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        items.get(1).getPubDate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void theRecordIsOpenDataToo() {
        List<String> rows = List.of(site.read("data/changes.csv").substring(1).split("\r\n"));
        assertEquals("日期,提交,计划ID,任务ID,编号,任务,修改,字段,原值,新值,修改说明,网址", rows.get(0));
        // Every deadline moved, across plans, is a filter away in a spreadsheet.
        List<String> deadlines = rows.stream().filter(r -> r.contains(",完成时限,")).toList();
        assertEquals(2, deadlines.size(), deadlines.toString());
        assertTrue(deadlines.get(1).startsWith("2020-04-10,"), deadlines.get(1));
        assertTrue(deadlines.get(1).contains(",demo-2020,2,2,做好政策解读,修改字段,完成时限,2020年3月31日,2020年6月30日,市政府同意延期,"),
                deadlines.get(1));
        // First publications are rows too, unlike on the list of changes; the one removed task has no address.
        assertTrue(rows.stream().anyMatch(r -> r.contains(",demo-2020,1,1,推进预决算公开,首次发布,,,,")));
        assertTrue(rows.stream().anyMatch(r -> r.contains(",5,5,已调整的任务,不再公开（任务被删除或改为草稿）,,,,") && r.endsWith(",")));
    }

    @Test
    void theSameCommitGivesTheSameBytesWhereverItIsCheckedOut() throws Exception {
        Map<String, byte[]> first = site.snapshot();
        site.buildOk();
        Map<String, byte[]> again = site.snapshot();
        Path clone = temp.resolve("clone");
        try (Git g = Git.cloneRepository().setURI(site.root().toUri().toString()).setDirectory(clone.toFile()).call()) {
            // A clone gets its files new modification times, and its own .git: neither may show.
            assertTrue(g.getRepository().resolve("HEAD") != null);
        }
        Build.Result cloned = Build.run(Build.Options.forProject(clone));
        assertTrue(cloned.ok(), cloned.problems().toString());
        TestSite copy = TestSite.at(clone);
        Map<String, byte[]> elsewhere = copy.snapshot();
        for (Map<String, byte[]> other : List.of(again, elsewhere)) {
            assertEquals(first.keySet(), other.keySet());
            for (String path : first.keySet()) {
                assertArrayEquals(first.get(path), other.get(path), path);
            }
        }
    }

    @Test
    void everyPageWithARecordIsValidHtml() {
        assertEquals(List.of(), HtmlCheck.errors(site, List.of("plans/demo-2020/2/index.html",
                "plans/demo-2020/4/index.html", "changes/index.html", "units/city/index.html",
                "units/city/units/overdue/index.html", "plans/demo-2020/index.html")));
    }

    @Test
    void withoutHistoryTheSiteSaysTheRecordIsUnavailableAndShowsNone() {
        Build.Result none = Build.run(site.options().withoutHistory().withOutput(temp.resolve("none")));
        assertTrue(none.ok());
        assertEquals(GitHistory.State.NOT_ASKED, none.history());
        TestSite at = TestSite.at(site.root()).withOutputDir(temp.resolve("none"));
        assertTrue(at.page("plans/demo-2020/2/").select("#changes-heading, .postponed").isEmpty());
        assertEquals("修改记录暂不可用：生成本站时没有读取内容的版本记录（git）。", at.page("changes/").selectFirst(".note").text());
    }
}
