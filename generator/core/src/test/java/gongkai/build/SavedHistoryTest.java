package gongkai.build;

import static gongkai.support.GitCommits.commit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.read.GitHistory;
import gongkai.support.GitCommits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git log a build keeps on disk: read back as it was written, or not at all. */
class SavedHistoryTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        GitCommits.write(root, path, text);
    }

    /** A log with a file in several versions, one deleted, one committed once. */
    private GitHistory.Log log() throws Exception {
        try (Git git = Git.init().setDirectory(root.resolve("project").toFile()).setInitialBranch("main").call()) {
            write("project/content/plans/a/plan.md", "---\ntitle: A\nyear: 2020\n---\n");
            write("project/content/plans/a/1.md", "一");
            write("project/content/plans/a/2.md", "once");
            commit(git, "第一次", "2020-01-01T00:00:00Z");
            write("project/content/plans/a/1.md", "二 \uD83D\uDE00 " + "长".repeat(70_000));
            write("project/content/plans/a/3.md", "added later");
            commit(git, "第二次\n\n正文", "2020-02-01T00:00:00Z");
            Files.delete(root.resolve("project/content/plans/a/3.md"));
            write("project/content/plans/a/1.md", "");
            commit(git, "第三次", "2020-03-01T00:00:00Z");
        }
        GitHistory.Log log = GitHistory.read(root.resolve("project"), "content/plans");
        assertEquals(GitHistory.State.READ, log.state());
        assertEquals(3, log.plan("content/plans/a").tasks().get("1").size());
        assertFalse(log.plan("content/plans/a").tasks().get("2").get(0).read(), "a file committed once is not read");
        return log;
    }

    @Test
    void aLogIsReadBackAsItWasWritten() throws Exception {
        GitHistory.Log log = log();
        Path file = root.resolve("history");
        SavedHistory.write(file, "key", log);
        assertEquals(log, SavedHistory.read(file, "key"));
        assertTrue(Files.notExists(root.resolve("history.tmp")), "written through a temporary file, then renamed");
    }

    @Test
    void aFileForAnotherKeyCutShortOrLongerReadsAsNone() throws Exception {
        GitHistory.Log log = log();
        Path file = root.resolve("history");
        SavedHistory.write(file, "key", log);
        byte[] bytes = Files.readAllBytes(file);
        assertNull(SavedHistory.read(file, "another key"), "another program, project or plans folder");
        assertNull(SavedHistory.read(root.resolve("none"), "key"));
        for (int cut : new int[] {0, 1, 10, bytes.length / 2, bytes.length - 5, bytes.length - 1}) {
            Files.write(file, Arrays.copyOf(bytes, cut));
            assertNull(SavedHistory.read(file, "key"), "cut to " + cut + " of " + bytes.length + " bytes");
        }
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));
        assertNull(SavedHistory.read(file, "key"), "with bytes after its end");
        Files.writeString(file, "gongkai-history/0");
        assertNull(SavedHistory.read(file, "key"), "not a log at all");
    }
}
