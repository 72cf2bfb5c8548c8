package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.build.Build;
import gongkai.cli.Main;
import gongkai.support.Subprocess;
import gongkai.support.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader of the output folder sees the old site or the new one, whatever happens to the build: killed at
 * any moment, failing half way, or racing another build. The kill test runs real processes for a few seconds.
 */
class AtomicPublishTest {

    private static final String TASK = "content/plans/demo-2020/2.md";
    private static final String EXTRA = "content/plans/demo-2020/9.md";

    @TempDir
    Path temp;

    private TestSite site;
    private Path state;

    @BeforeEach
    void project() {
        site = TestSite.fixture("basic", temp);
        state = site.root().resolve("._site.gongkai");
    }

    /** Two versions of the content: B retitles a task and adds one, so files change, appear and vanish. */
    private void content(boolean b) {
        site.write(TASK, "---\nnumber: \"2\"\ntitle: " + (b ? "新版本的标题" : "做好政策解读") + "\nsection: （二）\n"
                + "responsible: [市发改委]\n---\n政策文件与解读材料同步起草。\n");
        if (b) {
            site.write(EXTRA, "---\nnumber: \"9\"\ntitle: 新增的任务\nsection: （二）\nresponsible: [市发改委]\n---\n正文。\n");
        } else if (Files.exists(site.root().resolve(EXTRA))) {
            site.delete(EXTRA);
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** The build command, in this JVM, as an editor would run it. */
    private Run build() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--config", site.root().resolve("site-config.yml").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> buildOk() {
        Run r = build();
        assertEquals(0, r.code(), r.err());
        return tree(site.output());
    }

    /** Every file below dir with a digest of its bytes; null when dir does not exist. */
    private static Map<String, String> tree(Path dir) {
        if (!Files.exists(dir)) {
            return null;
        }
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), Arrays.hashCode(Files.readAllBytes(p)) + ":" + Files.size(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static int changed(Run r) {
        Matcher m = Pattern.compile("(\\d+) 个文件有变化").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aRebuildCountsWhatChangedForReadersAndWritesOnlyThat() {
        content(false);
        Run first = build();
        int all = changed(first);
        assertTrue(all > 50, first.out());
        assertEquals(0, changed(build()), "nothing edited");
        content(true);
        int edited = changed(build());
        assertTrue(edited > 0 && edited < all, edited + " of " + all);
        assertEquals(0, changed(build()), "the work folder lags one build behind, yet nothing is reported twice");
        assertEquals(0, changed(build()));
        content(false);
        assertEquals(edited, changed(build()), "going back changes the same files");
    }

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMixture() throws Exception {
        content(true);
        Map<String, String> siteB = buildOk();
        content(false);
        Map<String, String> siteA = buildOk();
        assertFalse(siteA.equals(siteB));

        // How long one build takes in its own process, so the kills fall across all of it.
        content(true);
        long t0 = System.nanoTime();
        Process timed = Subprocess.start(site.root(), temp.resolve("timed.log"), "build");
        assertEquals(0, timed.waitFor(), Files.readString(temp.resolve("timed.log")));
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(siteB, tree(site.output()));

        Random random = new Random(20261126);
        long deadline = System.nanoTime() + 8_000_000_000L;
        boolean b = false;
        int kills = 0;
        int midway = 0;
        List<String> seen = new ArrayList<>();
        // At least until a kill has landed inside a build; a few more if the machine is slow to give one.
        while ((System.nanoTime() < deadline || midway == 0) && kills < 25) {
            content(b);
            Map<String, String> before = tree(site.output());
            Map<String, String> after = b ? siteB : siteA;
            Process p = Subprocess.start(site.root(), temp.resolve("killed.log"), "build");
            Thread.sleep(random.nextInt((int) buildMillis + 1));
            p.destroyForcibly();
            int code = p.waitFor();
            kills++;

            Map<String, String> now = tree(site.output());
            if (now == null) {
                // Killed between the two renames: the finished site waits beside it, and the next claim publishes it.
                assertTrue(Files.isDirectory(state.resolve("ready")), "no site and nothing ready to publish");
                seen.add("between renames");
            } else {
                assertTrue(now.equals(before) || now.equals(after), "a mixture after a kill (exit " + code + ")");
                if (now.equals(before) && !before.equals(after) && code != 0) {
                    midway++;
                }
                seen.add(now.equals(after) ? "new" : "old");
            }
            try (OutputFolder claimed = Build.claim(site.options())) {
                Map<String, String> recovered = tree(site.output());
                assertTrue(before.equals(recovered) || after.equals(recovered), "a mixture after recovery");
            }
            assertEquals(after, buildOk(), "the next build publishes the whole new site");
            b = !b;
        }
        System.out.printf("kill -9 during builds (%d ms each): %d kills, %d midway, outcomes %s%n", buildMillis, kills,
                midway, seen);
        assertTrue(midway > 0, "no kill landed during a build: " + seen);
    }

    /** Lays out the state a publish killed at some step leaves, from two finished sites. */
    private void killedAt(String step, Path oldSite, Path newSite) throws IOException {
        switch (step) {
            case "before-swap" -> {
                copyTree(oldSite, site.output());
                copyTree(newSite, state.resolve("ready"));
            }
            case "between-renames" -> {
                copyTree(oldSite, state.resolve("old"));
                copyTree(newSite, state.resolve("ready"));
            }
            default -> {
                copyTree(oldSite, state.resolve("old"));
                copyTree(newSite, site.output());
            }
        }
    }

    @Test
    void theNextClaimFinishesAPublishCutShortAtAnyStep() throws Exception {
        content(false);
        Map<String, String> siteA = buildOk();
        Path oldCopy = temp.resolve("copy-a");
        copyTree(site.output(), oldCopy);
        content(true);
        Map<String, String> siteB = buildOk();
        Path newCopy = temp.resolve("copy-b");
        copyTree(site.output(), newCopy);

        for (String step : List.of("before-swap", "between-renames", "after-renames")) {
            deleteTree(site.output());
            deleteTree(state);
            Files.createDirectories(state);
            Files.writeString(state.resolve("gongkai-state"), "");
            killedAt(step, oldCopy, newCopy);
            try (OutputFolder claimed = Build.claim(site.options())) {
                assertEquals(siteB, tree(site.output()), step + ": the finished new site is published");
                assertEquals(siteA, tree(state.resolve("next")), step + ": the old one is the next work folder");
                assertFalse(Files.exists(state.resolve("ready")) || Files.exists(state.resolve("old")), step);
            }
            assertEquals(0, changed(build()), step + ": and a rebuild finds nothing to change");
        }

        // The old site moved aside and nothing finished to replace it: the old site comes back.
        deleteTree(site.output());
        deleteTree(state.resolve("next"));
        copyTree(oldCopy, state.resolve("old"));
        try (OutputFolder claimed = Build.claim(site.options())) {
            assertEquals(siteA, tree(site.output()));
        }
    }

    @Test
    void aSecondBuildIsTurnedAwayWhileTheFirstHoldsTheFolder() throws Exception {
        content(false);
        Map<String, String> siteA = buildOk();
        content(true);
        try (OutputFolder held = Build.claim(site.options())) {
            Run same = build();
            assertEquals(2, same.code());
            assertTrue(same.err().contains("另一个 gongkai 进程（build 或 serve）正在写入输出目录 _site"), same.err());
            Path log = temp.resolve("other.log");
            Process other = Subprocess.start(site.root(), log, "build");
            assertEquals(2, other.waitFor(), "another process is turned away too");
            assertTrue(Files.readString(log).contains("正在写入输出目录"), Files.readString(log));
        }
        assertEquals(siteA, tree(site.output()), "nothing was written while the folder was held");

        // Two processes at once: each either publishes the whole site or is turned away.
        Map<String, String> siteB = null;
        for (int trial = 0; trial < 3; trial++) {
            Process one = Subprocess.start(site.root(), temp.resolve("one.log"), "build");
            Process two = Subprocess.start(site.root(), temp.resolve("two.log"), "build");
            int a = one.waitFor();
            int c = two.waitFor();
            assertTrue((a == 0 || a == 2) && (c == 0 || c == 2) && (a == 0 || c == 0),
                    a + " " + c + Files.readString(temp.resolve("one.log")) + Files.readString(temp.resolve("two.log")));
            Map<String, String> now = tree(site.output());
            if (siteB == null) {
                siteB = now;
            }
            assertEquals(siteB, now);
        }
        assertEquals(siteB, buildOk());
    }

    @Test
    void aBuildThatCannotWriteLeavesThePublishedSiteWhole() throws Exception {
        content(false);
        buildOk();
        content(true);
        buildOk();
        assertEquals(0, changed(build()), "now the work folder equals the site");
        content(false);
        Map<String, String> published = tree(site.output());
        Path stuck = state.resolve("next/plans/demo-2020/2/index.html");
        assertTrue(Files.isRegularFile(stuck));
        assertTrue(makeReadOnly(stuck), "neither chattr +i nor a read-only folder could be set up here");
        try {
            Run r = build();
            assertEquals(1, r.code(), r.out());
            assertTrue(r.err().contains("plans/demo-2020/2/index.html: 无法写入输出文件：") && r.err().contains("原网站保持不变"),
                    r.err());
            assertEquals(published, tree(site.output()));
        } finally {
            makeWritable(stuck);
        }
        Map<String, String> rebuilt = buildOk();
        assertFalse(rebuilt.equals(published));
    }

    /** Root ignores permissions, so the immutable attribute is what stops it; chmod does for anyone else. */
    private static boolean makeReadOnly(Path file) throws Exception {
        if (new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start().waitFor() == 0) {
            return true;
        }
        return !"root".equals(System.getProperty("user.name")) && file.toFile().setWritable(false, false);
    }

    private static void makeWritable(Path dir) throws Exception {
        new ProcessBuilder("chattr", "-i", dir.toString()).redirectErrorStream(true).start().waitFor();
        dir.toFile().setWritable(true, false);
    }

    @Test
    void aSymlinkPlantedInTheSiteIsRemovedNotWrittenThrough() throws Exception {
        content(false);
        buildOk();
        Path victim = temp.resolve("victim.txt");
        Files.writeString(victim, "untouched");
        Path outsideDir = temp.resolve("outside");
        Files.createDirectories(outsideDir);
        Files.delete(site.output().resolve("index.html"));
        Files.createSymbolicLink(site.output().resolve("index.html"), victim);
        deleteTree(site.output().resolve("plans/demo-2020/2"));
        Files.createSymbolicLink(site.output().resolve("plans/demo-2020/2"), outsideDir);
        content(true);
        buildOk();
        content(false);
        Map<String, String> last = buildOk();
        assertEquals("untouched", Files.readString(victim));
        try (Stream<Path> s = Files.list(outsideDir)) {
            assertEquals(0, s.count());
        }
        assertFalse(Files.isSymbolicLink(site.output().resolve("index.html")));
        assertNotNull(last.get("plans/demo-2020/2/index.html"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            SiteWriter.deleteTree(dir);
        }
    }
}
