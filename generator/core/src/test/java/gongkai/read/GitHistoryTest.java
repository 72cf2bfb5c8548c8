package gongkai.read;

import static gongkai.support.GitCommits.commit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import gongkai.support.GitCommits;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git log of the plans folder: read once, then extended by the commits since, as serve asks for it. */
class GitHistoryTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        GitCommits.write(root, path, text);
    }

    @Test
    void eachFileKeepsItsVersionsAndANewCommitIsReadAlone() throws Exception {
        assertEquals(GitHistory.State.NO_REPOSITORY, GitHistory.read(root, "content/plans").state());
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            assertEquals(GitHistory.State.NO_COMMITS, GitHistory.read(root, "content/plans").state());
            write("content/plans/a/plan.md", "---\ntitle: A\nyear: 2020\n---\n");
            write("content/plans/a/1.md", "one");
            write("content/plans/b/plan.md", "---\ntitle: B\nyear: 2020\n---\n");
            write("content/plans/b/1.md", "one");
            write("content/plans/b/notes/deeper.md", "not a task file");
            write("content/units/u.yml", "- id: u\n  name: U\n");
            commit(git, "first", "2020-01-01T00:00:00Z");
            write("content/plans/a/1.md", "two");
            commit(git, "second\n\nbody", "2020-02-01T00:00:00Z");
            GitHistory.Log log = GitHistory.read(root, "content/plans");
            assertEquals(2, log.commits().size());
            List<String> texts = new java.util.ArrayList<>();
            for (GitHistory.Version v : log.plan("content/plans/a").tasks().get("1")) {
                texts.add(log.texts().text(v));
            }
            assertEquals(List.of("one", "two"), texts, "texts are read from the repository when asked");
            assertEquals("second", log.plan("content/plans/a").tasks().get("1").get(1).commit().subject());
            assertEquals(0, log.plan("content/plans/b").planFirstCommit());
            assertEquals(List.of("1"), List.copyOf(log.plan("content/plans/b").tasks().keySet()), "only files one level deep");
            assertSame(log, GitHistory.extend(log, root, "content/plans"), "HEAD has not moved");

            Files.delete(root.resolve("content/plans/a/1.md"));
            commit(git, "third", "2020-03-01T00:00:00Z");
            GitHistory.Log later = GitHistory.extend(log, root, "content/plans");
            assertEquals(3, later.commits().size());
            assertSame(log.plan("content/plans/b"), later.plan("content/plans/b"), "a plan the new commit did not touch");
            assertTrue(later.plan("content/plans/a").tasks().get("1").get(2).deleted());
            assertEquals(GitHistory.read(root, "content/plans"), later, "extending reads what a whole read does");

            // A rewritten HEAD (amended, reset) is read again from the start.
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef("HEAD~2").call();
            write("content/plans/b/1.md", "changed");
            commit(git, "another line", "2020-04-01T00:00:00Z");
            GitHistory.Log other = GitHistory.extend(later, root, "content/plans");
            assertNotSame(later.plan("content/plans/b"), other.plan("content/plans/b"));
            assertEquals(GitHistory.read(root, "content/plans"), other);
            assertEquals(2, other.commits().size());
            assertNull(other.plan("content/plans/a").tasks().get("2"));
        }
    }

    /**
     * Texts are read when the change record asks, so the log makes sure they are there: a repository without the
     * contents of a version (a partial clone, a damaged object store) gives no history, as a damaged one does.
     */
    @Test
    void aVersionWhoseContentsAreMissingMakesTheHistoryUnreadable() throws Exception {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            write("content/plans/a/plan.md", "---\ntitle: A\nyear: 2020\n---\n");
            write("content/plans/a/1.md", "one");
            commit(git, "first", "2020-01-01T00:00:00Z");
            write("content/plans/a/1.md", "two");
            commit(git, "second", "2020-02-01T00:00:00Z");
            GitHistory.Log log = GitHistory.read(root, "content/plans");
            assertEquals(GitHistory.State.READ, log.state());
            String blob = log.plan("content/plans/a").tasks().get("1").get(0).blob().name();
            Files.delete(root.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));
            assertEquals(GitHistory.State.UNREADABLE, GitHistory.read(root, "content/plans").state());
        }
    }

    @Test
    void aSubjectLosesEMailAddressesAndControlsAndStopsAtTheFirstLine() {
        assertEquals("同意延期", GitHistory.subject("同意延期 <someone@example.gov.cn>\n\nSigned-off-by: 某人 <a@b.cn>"));
        assertEquals("a b", GitHistory.subject("a\u0007\tb"));
        assertEquals(201, GitHistory.subject("字".repeat(300)).length());
    }
}
