package gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.build.Build;
import gongkai.support.RandomEdits;
import gongkai.support.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property serve rests on: after any edit, re-rendering only the files the edit reaches (as each file
 * declares what it shows) leaves the site exactly as a whole build of the same content would.
 */
class IncrementalBuildTest {


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
                String what = RandomEdits.edit(site, random, i);
                DevSite.Outcome out = dev.update(Set.of(site.root().resolve(what.substring(what.indexOf(' ') + 1))));
                assertTrue(out.ok(), what + ": " + out.problems());
                if (!out.full()) {
                    partial++;
                }
                Path whole = temp.resolve((git == null ? "whole-" : "whole-git-") + i);
                Build.Result r = Build.run(site.options().withOutput(whole));
                assertTrue(r.ok(), r.problems().toString());
                Map<String, String> expected = RandomEdits.tree(whole);
                Map<String, String> incremental = RandomEdits.tree(site.output());
                if (!expected.equals(incremental)) {
                    List<String> differ = RandomEdits.differences(expected, incremental);
                    fail("after edit " + i + " (" + what + ") serve's site differs from a whole build in " + differ
                            + "; serve re-rendered " + out.written());
                }
            }
            assertTrue(partial > partialAtLeast, "most edits should re-render part of the site, not all of it: " + partial);
        }
    }

}
