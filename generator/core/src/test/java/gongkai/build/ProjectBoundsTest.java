package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build publishes the project's own files and nothing else, and what it publishes does not depend on
 * where the checkout came from.
 */
class ProjectBoundsTest {

    @TempDir
    Path temp;

    private Path secret() throws Exception {
        Path secret = temp.resolve("outside/passwd.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "root:x:0:0");
        return secret;
    }

    @Test
    void aStaticFileLinkedFromOutsideIsRefusedNotPublished() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        Files.createSymbolicLink(site.root().resolve("templates/static/passwd.txt"), secret());
        List<String> p = site.problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("templates/static/passwd.txt: 是符号链接（或位于符号链接之下），指向项目之外的 "), p.get(0));
        assertTrue(p.get(0).contains("outside/passwd.txt") && p.get(0).contains("请把需要的文件复制进项目"), p.get(0));
    }

    @Test
    void aStaticFolderLinkedFromOutsideIsRefusedToo() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        Files.createSymbolicLink(site.root().resolve("templates/static/more"), secret().getParent());
        List<String> p = site.problems();
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("templates/static/more/passwd.txt: 是符号链接（或位于符号链接之下）"), p.get(0));
    }

    @Test
    void contentLinkedFromOutsideIsRefused() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        Path outsideTask = temp.resolve("outside/7.md");
        Files.createDirectories(outsideTask.getParent());
        Files.writeString(outsideTask, "---\nnumber: \"7\"\ntitle: 外来的任务\n---\n");
        Files.createSymbolicLink(site.root().resolve("content/plans/demo-2020/7.md"), outsideTask);
        Files.createSymbolicLink(site.root().resolve("content/plans/elsewhere-2020"), outsideTask.getParent());
        List<String> p = site.problems();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("content/plans/demo-2020/7.md: 是符号链接"), p.get(0));
        assertTrue(p.get(1).startsWith("content/plans/elsewhere-2020: 是符号链接"), p.get(1));
    }

    @Test
    void aTemplateLinkedFromOutsideIsAProblemNotAnInternalError() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        Path outside = temp.resolve("outside/404.ftlh");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "<h1>x</h1>\n");
        Files.delete(site.root().resolve("templates/404.ftlh"));
        Files.createSymbolicLink(site.root().resolve("templates/404.ftlh"), outside);
        List<String> p = site.problems();
        assertEquals(List.of("templates/404.ftlh: 模板是符号链接（或位于符号链接之下），指向模板目录之外：网站只能使用项目自己的模板。"
                + "请把模板文件复制进 templates/，或删除这个链接。"), p);
    }

    @Test
    void linksThatStayInsideTheProjectAreFollowed() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        site.write("shared/logo.txt", "徽标");
        Files.createSymbolicLink(site.root().resolve("templates/static/logo.txt"), site.root().resolve("shared/logo.txt"));
        site.buildOk();
        assertEquals("徽标", site.read("assets/logo.txt"));
    }

    private static void commit(Git git, String message, String when) throws Exception {
        PersonIdent who = new PersonIdent("编辑", "e@example.org", java.util.Date.from(Instant.parse(when)),
                TimeZone.getTimeZone("UTC"));
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setSign(false).setAuthor(who).setCommitter(who).call();
    }

    @Test
    void aShallowCloneBuildsTheSameSiteWhateverItsDepthAndSaysSo() throws Exception {
        TestSite origin = TestSite.fixture("basic", temp.resolve("origin"));
        try (Git git = Git.init().setDirectory(origin.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "first", "2020-03-02T02:00:00Z");
            origin.write("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 做好政策解读\nsection: （二）\n---\n改了。\n");
            commit(git, "second", "2020-08-09T02:00:00Z");
            origin.write("content/plans/demo-2020/4.md", "---\nnumber: \"4\"\ntitle: 第三次\nsection: （三）\n---\n改了。\n");
            commit(git, "third", "2020-09-01T02:00:00Z");
        }
        Map<String, byte[]> none = null;
        for (int depth : new int[] {1, 2}) {
            Path clone = temp.resolve("depth-" + depth);
            try (Git g = Git.cloneRepository().setURI(origin.root().toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(depth).call()) {
                assertTrue(Files.size(clone.resolve(".git/shallow")) > 0, "a shallow clone");
            }
            Build.Result r = Build.run(Build.Options.forProject(clone));
            assertTrue(r.ok(), r.problems().toString());
            assertTrue(r.shallow());
            Map<String, byte[]> files = snapshot(clone.resolve("_site"));
            if (none == null) {
                none = files;
            } else {
                assertEquals(none.keySet(), files.keySet());
                for (String path : none.keySet()) {
                    assertTrue(java.util.Arrays.equals(none.get(path), files.get(path)), path + " differs between depths");
                }
            }
        }
        // A shallow clone falls back exactly as a copy without git does.
        Path plain = temp.resolve("plain");
        TestSite.copy(temp.resolve("depth-1/content"), plain.resolve("content"));
        TestSite.copy(temp.resolve("depth-1/templates"), plain.resolve("templates"));
        Files.copy(temp.resolve("depth-1/site-config.yml"), plain.resolve("site-config.yml"));
        Build.Result r = Build.run(Build.Options.forProject(plain));
        assertTrue(r.ok());
        assertFalse(r.shallow());
        Map<String, byte[]> withoutGit = snapshot(plain.resolve("_site"));
        for (String path : none.keySet()) {
            assertTrue(java.util.Arrays.equals(none.get(path), withoutGit.get(path)), path + " differs from a copy without git");
        }
        // The full history does tell when each file changed.
        Build.Result full = Build.run(Build.Options.forProject(origin.root()));
        assertTrue(full.ok() && !full.shallow());
        assertEquals("2020年8月9日（见修改记录）", origin.page("plans/demo-2020/2/").select(".facts dt:containsOwn(最近修改) + dd").text());
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
