package gongkai.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Commits for tests of the change record: the work tree as it is, by one editor, at a given time. */
public final class GitCommits {

    private GitCommits() {
    }

    /** Writes text to path under root, making its folders. */
    public static void write(Path root, String path, String text) throws Exception {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Commits every file of the work tree, deletions included, at when (an ISO instant: 2020-03-01T00:00:00Z). */
    public static void commit(Git git, String message, String when) throws Exception {
        commit(git, message, Instant.parse(when), false);
    }

    /** Replaces HEAD's commit by one of the work tree as it is now (git commit --amend). */
    public static void amend(Git git, String message, String when) throws Exception {
        commit(git, message, Instant.parse(when), true);
    }

    private static void commit(Git git, String message, Instant when, boolean amend) throws Exception {
        PersonIdent who = new PersonIdent("编辑", "e@example.org", Date.from(when), TimeZone.getTimeZone("UTC"));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setSign(false).setAuthor(who).setCommitter(who).setAmend(amend).call();
    }
}
