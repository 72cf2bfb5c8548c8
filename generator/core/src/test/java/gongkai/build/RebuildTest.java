package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.read.GitHistory;
import gongkai.support.GitCommits;
import gongkai.support.RandomEdits;
import gongkai.support.TestSite;
import gongkai.support.WholeBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild over the published site makes again only the files an edit reaches, by the record the last build left
 * (LastBuild), and the site it publishes is byte for byte what a whole build of the same content makes: after any
 * edit, after files of the site were changed by hand, after a failed build, with a record cut short.
 */
class RebuildTest {

    private static final String EVERY_PAGE = "程序、配置、单位、模板或数据截至日期与上次构建不同";

    @TempDir
    Path temp;

    /** Builds until the output has a work copy to keep files from (the third build), and returns the last result. */
    private static Build.Result builtThrice(TestSite site) {
        site.buildOk();
        site.buildOk();
        return site.buildOk();
    }

    /**
     * The stamps the record keeps of the live site and of the work folder, which a build takes from what it wrote
     * rather than by walking both again, are what a walk finds.
     */
    private static void assertStampsAsWalked(TestSite site, String after) {
        Path out = site.output();
        Path state = out.resolveSibling("." + out.getFileName() + ".gongkai");
        LastBuild record = LastBuild.read(state.resolve("last-build")).orElseThrow();
        try {
            assertEquals(gongkai.write.FileStamps.of(out), record.live(), "live site after " + after);
            assertEquals(gongkai.write.FileStamps.of(state.resolve("next")), record.work(), "work folder after " + after);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertAsAWholeBuild(TestSite site, String after) {
        WholeBuild.assertSame(site, temp, after);
    }

    @Test
    void aRebuildWithNothingChangedMakesNoFileAndLeavesTheSiteAsItWas() {
        TestSite site = TestSite.fixture("basic", temp);
        Build.Result first = site.buildOk();
        assertEquals("没有上次构建的记录", first.remade().whole());
        Map<String, byte[]> before = site.snapshot();
        Build.Result second = site.buildOk();
        assertEquals("输出目录旁还没有与已发布网站一致的工作副本", second.remade().whole());
        Build.Result third = site.buildOk();
        assertEquals(new Build.Remade(0, 0, null), third.remade());
        assertEquals(first.files(), third.files());
        assertEquals(first.bytes(), third.bytes(), "the files left as they were count in the site's size");
        assertEquals(0, third.changed());
        Map<String, byte[]> after = site.snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
    }

    @Test
    void everyRandomEditRebuiltEqualsAWholeBuildAndMostMakeOnlyPartOfTheSite() {
        TestSite site = TestSite.fixture("basic", temp.resolve("project"));
        int all = builtThrice(site).files();
        Random random = new Random(20261127);
        int partial = 0;
        for (int i = 0; i < 30; i++) {
            String what = RandomEdits.edit(site, random, i);
            Build.Result r = site.buildOk();
            assertNull(r.remade().whole(), what);
            assertTrue(r.remade().files() > 0, what + ": an edit makes some file again");
            if (r.remade().files() < all / 2) {
                partial++;
            }
            assertStampsAsWalked(site, "edit " + i + " (" + what + ")");
            assertAsAWholeBuild(site, "edit " + i + " (" + what + ")");
        }
        assertTrue(partial >= 15, "most edits make less than half the site again: " + partial);
    }

    /**
     * In a git repository pages show each task's change record: a new commit is an edit of the tasks whose record it
     * changed and of the lists of changes, not of every page.
     */
    @Test
    void inAGitRepositoryANewCommitMakesAgainTheFilesItsChangesReach() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("git"));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, 0);
            builtThrice(site);
            int every = Build.run(site.options().withFull(true)).remade().files();
            Random random = new Random(7);
            for (int i = 1; i <= 12; i++) {
                String what = RandomEdits.edit(site, random, i);
                boolean committed = i % 2 == 0;
                if (committed) {
                    commit(git, i);
                }
                Build.Result r = site.buildOk();
                assertNull(r.remade().whole(), what);
                // In this small site the lists, feeds, open data and search index that every edit reaches are
                // a third of the files.
                assertTrue(r.remade().files() < every * 2 / 3, what + ": " + r.remade().files() + " of " + every);
                assertStampsAsWalked(site, "edit " + i);
                assertHistoryAsRead(site, "edit " + i);
                assertAsAWholeBuild(site, "edit " + i + " (" + what + (committed ? ", committed)" : ")"));
            }
        }
    }

    /**
     * The build keeps the git log it read beside its record and reads only the commits since: a log damaged or
     * rewritten (a commit amended) is read whole, and every rebuild equals a whole build.
     */
    @Test
    void aKeptGitLogDamagedOrRewrittenIsReadWhole() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("git"));
        Path kept = site.output().resolveSibling("." + site.output().getFileName() + ".gongkai").resolve("history");
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, 0);
            builtThrice(site);
            assertHistoryAsRead(site, "three builds");
            Random random = new Random(11);
            RandomEdits.edit(site, random, 1);
            commit(git, 1);
            byte[] bytes = Files.readAllBytes(kept);
            Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length - 7));
            site.buildOk();
            assertHistoryAsRead(site, "a log cut short");
            assertAsAWholeBuild(site, "a log cut short");

            RandomEdits.edit(site, random, 2);
            GitCommits.amend(git, "改写的提交", "2020-04-01T02:00:00Z");
            site.buildOk();
            assertHistoryAsRead(site, "an amended commit");
            assertAsAWholeBuild(site, "an amended commit");
        }
    }

    /**
     * The change records a build derived are kept with what they were derived from, and reused only while that is
     * the same: a unit given another id changes the record of a task that named it once, though no task file changed.
     */
    @Test
    void keptChangeRecordsAreDerivedAgainWhenTheUnitsTheyNameChange() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("git"));
        String units = site.source("content/units/city.yml");
        String archives = "    - id: city-daj\n      name: 示例市档案馆\n      short: 市档案馆\n";
        String task = site.source("content/plans/demo-2020/2.md");
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            site.write("content/units/city.yml", units + archives);
            commit(git, 0);
            site.write("content/plans/demo-2020/2.md", task.replace("[市发改委]", "[市档案馆]"));
            commit(git, 1);
            site.write("content/plans/demo-2020/2.md", task);
            commit(git, 2);
            builtThrice(site);
            assertTrue(site.read("plans/demo-2020/2/index.html").contains("units/city-daj/"),
                    "the record names the unit that left the task");
            Path kept = site.output().resolveSibling("." + site.output().getFileName() + ".gongkai")
                    .resolve("change-records");
            assertTrue(SavedChangeRecords.read(kept, KeptHistory.key(site.options()))
                    .containsKey("content/plans/demo-2020/2.md"), "the records are kept");

            site.write("content/units/city.yml", units + archives.replace("city-daj", "city-dangan"));
            site.buildOk();
            assertTrue(site.read("plans/demo-2020/2/index.html").contains("units/city-dangan/"));
            assertAsAWholeBuild(site, "a unit given another id");
        }
    }

    /**
     * A withdrawn task is on no page, but its record is in its plan's open data (changes.csv): a record rewritten (the
     * commit that deleted it amended) makes that file again.
     */
    @Test
    void aWithdrawnTasksRecordRewrittenMakesItsPlansDataAgain() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("git"));
        String file = "content/plans/demo-2020/2.md";
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, 0);
            site.write(file, site.source(file).replace("2020-03-31", "2020-04-30"));
            commit(git, 1);
            site.delete(file);
            commit(git, 2);
            builtThrice(site);
            assertTrue(site.read("data/plans/demo-2020/changes.csv").contains("第2次修改"));
            GitCommits.amend(git, "撤下任务2", "2020-03-03T02:00:00Z");
            site.buildOk();
            String changes = site.read("data/plans/demo-2020/changes.csv");
            assertTrue(changes.contains("撤下任务2") && !changes.contains("第2次修改"), changes);
            assertAsAWholeBuild(site, "the commit that withdrew a task amended");
        }
    }

    /** The log a build kept is the one a whole read of the repository gives. */
    private static void assertHistoryAsRead(TestSite site, String after) {
        Path out = site.output();
        Path kept = out.resolveSibling("." + out.getFileName() + ".gongkai").resolve("history");
        Build.Options o = site.options();
        GitHistory.Log read = GitHistory.read(o.root(), Build.plansFolder(o));
        assertEquals(read, SavedHistory.read(kept, KeptHistory.key(o)), "the kept log after " + after);
    }

    private static void commit(Git git, int n) throws Exception {
        GitCommits.commit(git, "第" + n + "次修改", java.time.Instant.parse("2020-03-01T02:00:00Z").plusSeconds(86_400L * n).toString());
    }

    @Test
    void whatReachesEveryPageMakesEveryFileAgain() {
        TestSite site = TestSite.fixture("basic", temp);
        builtThrice(site);
        site.write("content/units/town.yml", site.source("content/units/town.yml").replace("另一市财政局", "另一市财政厅"));
        Build.Result units = site.buildOk();
        assertEquals(EVERY_PAGE, units.remade().whole());
        assertAsAWholeBuild(site, "a unit renamed");
        site.write("templates/task.ftlh", site.source("templates/task.ftlh") + "<#-- 主题改动 -->\n");
        assertEquals(EVERY_PAGE, site.buildOk().remade().whole(), "a template changed");
        site.write("site-config.yml", site.source("site-config.yml").replace("title:", "title: 新"));
        Build.Remade config = site.buildOk().remade();
        assertEquals(EVERY_PAGE, config.whole(), "the configuration changed");
        assertAsAWholeBuild(site, "the configuration changed");
        Build.Result full = Build.run(site.options().withFull(true));
        assertEquals("要求完整构建（--full）", full.remade().whole());
        assertEquals(config.files(), full.remade().files(), "--full makes every file");
        assertEquals(new Build.Remade(0, 0, null), site.buildOk().remade());
    }

    @Test
    void filesOfThePublishedSiteChangedByHandAreAsBuiltAfterTheNextBuild() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        builtThrice(site);
        Path out = site.output();
        Files.writeString(out.resolve("plans/demo-2020/index.html"), "被人改过");
        Files.delete(out.resolve("units/index.html"));
        Files.writeString(out.resolve("stray.html"), "多出来的文件");
        Build.Result r = site.buildOk();
        assertEquals(new Build.Remade(0, 0, null), r.remade(), "nothing to make: the work copy has every file as built");
        assertEquals(3, r.changed());
        assertAsAWholeBuild(site, "files of the site changed by hand");
        assertEquals(new Build.Remade(0, 0, null), site.buildOk().remade());
        assertAsAWholeBuild(site, "the build after");
    }

    @Test
    void aWorkCopyChangedByHandMakesEveryFileAgain() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        builtThrice(site);
        Path work = site.root().resolve("._site.gongkai/next");
        Files.writeString(work.resolve("plans/demo-2020/index.html"), "被人改过");
        Build.Result r = site.buildOk();
        assertEquals("输出目录的工作副本在上次构建之后有改动", r.remade().whole());
        assertAsAWholeBuild(site, "the work copy changed by hand");
    }

    @Test
    void aRecordCutShortOrMissingAfterAFailedBuildMakesEveryFileAgain() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        builtThrice(site);
        Path record = site.root().resolve("._site.gongkai/last-build");
        byte[] bytes = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals("没有上次构建的记录", site.buildOk().remade().whole());
        assertAsAWholeBuild(site, "a record cut short");

        // A build that fails while reading writes nothing: the record still tells the site on disk.
        String task = site.source("content/plans/demo-2020/2.md");
        site.write("content/plans/demo-2020/2.md", "---\nnumber: 2\ntitle: [未闭合\n---\n");
        assertFalse(site.build().ok());
        assertTrue(Files.exists(record));
        site.write("content/plans/demo-2020/2.md", task);
        assertEquals(new Build.Remade(0, 0, null), site.buildOk().remade());
        // One that fails while rendering has written part of a site into the work copy: no record is left.
        String template = site.source("templates/task.ftlh");
        site.write("templates/task.ftlh", template + "${noSuchValue}\n");
        assertFalse(site.build().ok());
        assertFalse(Files.exists(record), "a build that failed while writing leaves no record");
        site.write("templates/task.ftlh", template);
        RandomEdits.edit(site, new Random(1), 1);
        assertEquals("没有上次构建的记录", site.buildOk().remade().whole());
        assertAsAWholeBuild(site, "a failed build and its fix");
        assertTrue(Files.exists(record));
    }
}
