package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.build.Build;
import gongkai.support.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property serve rests on: after any edit, re-rendering only the files the edit reaches (as each file
 * declares what it shows) leaves the site exactly as a whole build of the same content would.
 */
class IncrementalBuildTest {

    private static final String[] UNITS = {"市财政局", "市发改委", "各区人民政府", "甲区人民政府", "乙区人民政府"};
    private static final String[] STATUSES = {"not-started", "in-progress", "completed", "ongoing", "cancelled"};
    private static final String[] SECTIONS = {"（一）", "（二）", "（三）"};
    private static final String PLAN = "content/plans/demo-2020/";

    @TempDir
    Path temp;

    @Test
    void everyRandomEditLeavesTheSiteAWholeBuildWouldMake() throws Exception {
        randomEdits(TestSite.fixture("basic", temp.resolve("project")), null, 20);
    }

    /**
     * The same in a git repository, where pages show change records: edits are saved and, every fifth, committed,
     * which serve notices at the next save.
     */
    @Test
    void everyRandomEditOfACommittedProjectLeavesTheSiteAWholeBuildWouldMake() throws Exception {
        TestSite site = TestSite.fixture("basic", temp.resolve("git"));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, 0);
            randomEdits(site, git, 17);
        }
    }

    private static void commit(Git git, int n) throws Exception {
        PersonIdent who = new PersonIdent("编辑", "e@example.org",
                java.util.Date.from(java.time.Instant.parse("2020-03-01T02:00:00Z").plusSeconds(86_400L * n)),
                java.util.TimeZone.getTimeZone("UTC"));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage("第" + n + "次修改").setSign(false).setAuthor(who).setCommitter(who).call();
    }

    private void randomEdits(TestSite site, Git git, int partialAtLeast) throws Exception {
        Random random = new Random(20261126);
        try (DevSite dev = DevSite.open(site.options())) {
            assertTrue(dev.buildAll().ok());
            int partial = 0;
            for (int i = 0; i < 30; i++) {
                if (git != null && i % 5 == 4) {
                    commit(git, i);
                }
                String what = edit(site, random, i);
                DevSite.Outcome out = dev.update(Set.of(site.root().resolve(what.substring(what.indexOf(' ') + 1))));
                assertTrue(out.ok(), what + ": " + out.problems());
                if (!out.full()) {
                    partial++;
                }
                Path whole = temp.resolve((git == null ? "whole-" : "whole-git-") + i);
                Build.Result r = Build.run(site.options().withOutput(whole));
                assertTrue(r.ok(), r.problems().toString());
                Map<String, String> expected = tree(whole);
                Map<String, String> incremental = tree(site.output());
                if (!expected.equals(incremental)) {
                    List<String> differ = new ArrayList<>();
                    for (String p : expected.keySet()) {
                        if (!expected.get(p).equals(incremental.get(p))) {
                            differ.add(p);
                        }
                    }
                    incremental.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> differ.add(p + " (left over)"));
                    fail("after edit " + i + " (" + what + ") serve's site differs from a whole build in " + differ
                            + "; serve re-rendered " + out.written());
                }
            }
            assertTrue(partial > partialAtLeast, "most edits should re-render part of the site, not all of it: " + partial);
        }
    }

    /** One random, valid edit of the fixture; returns what it did and the file it changed. */
    private static String edit(TestSite site, Random random, int n) {
        int kind = random.nextInt(10);
        if (kind == 0 && Files.exists(site.root().resolve(PLAN + "6.md"))) {
            site.delete(PLAN + "6.md");
            return "delete " + PLAN + "6.md";
        }
        if (kind == 1) {
            String title = "另一市2019年政务公开工作任务分解表（第" + n + "稿）";
            site.write("content/plans/other-2019/plan.md", "---\ntitle: " + title + "\njurisdiction: town\nyear: 2019\n---\n");
            return "retitle content/plans/other-2019/plan.md";
        }
        String id = new String[] {"2", "4", "5", "6", "3-2"}[random.nextInt(5)];
        StringBuilder t = new StringBuilder("---\n");
        boolean sub = id.equals("3-2") && random.nextBoolean();
        t.append("number: \"").append(sub ? "（2）" : id.replace("3-2", "7")).append("\"\n");
        if (sub) {
            t.append("parent: \"3\"\n");
        } else {
            t.append("title: 任务").append(id).append("第").append(n).append("稿\n");
            t.append("section: ").append(SECTIONS[random.nextInt(SECTIONS.length)]).append('\n');
        }
        t.append(random.nextBoolean() ? "lead" : "responsible").append(": [").append(UNITS[random.nextInt(UNITS.length)])
                .append("]\n");
        if (random.nextBoolean()) {
            t.append("deadline: 2020-").append(String.format("%02d", 1 + random.nextInt(12))).append("-15\n");
        }
        if (random.nextBoolean()) {
            t.append("status: ").append(STATUSES[random.nextInt(STATUSES.length)]).append('\n');
        }
        if (random.nextBoolean()) {
            t.append("updates:\n  - date: 2020-").append(String.format("%02d", 1 + random.nextInt(12)))
                    .append("-01\n    status: in-progress\n    by: ").append(UNITS[random.nextInt(2)])
                    .append("\n    text: 第").append(n).append("次报送。\n");
        }
        t.append("---\n正文第").append(n).append("稿。\n");
        site.write(PLAN + id + ".md", t.toString());
        return "write " + PLAN + id + ".md";
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
