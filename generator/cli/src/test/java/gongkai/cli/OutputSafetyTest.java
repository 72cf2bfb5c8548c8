package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder is replaced whole by every build, so gongkai only ever writes one that is provably its
 * own: each refusal exits with 2, says why, and leaves every file where it was.
 */
class OutputSafetyTest {

    @TempDir
    Path temp;

    /** Every file under dir with its bytes (as text, for readable failures; a binary file's own hash beside). */
    private static Map<String, String> files(Path dir) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                all.put(dir.relativize(p).toString(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + " #"
                        + java.util.Arrays.hashCode(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private record Refused(CliRun run, Map<String, String> before, Map<String, String> after) {
    }

    /** Runs build with these arguments in the fixture project and returns what it did to the temp folder. */
    private Refused buildWith(TestSite site, String... output) {
        Map<String, String> before = files(temp);
        String[] args = new String[3 + output.length];
        args[0] = "build";
        args[1] = "--config";
        args[2] = site.root().resolve("site-config.yml").toString();
        System.arraycopy(output, 0, args, 3, output.length);
        CliRun run = CliRun.of(args);
        return new Refused(run, before, files(temp));
    }

    private void assertRefused(Refused r, String... words) {
        assertEquals(2, r.run().code(), r.run().err() + r.run().out());
        for (String w : words) {
            assertTrue(r.run().err().contains(w), "missing “" + w + "” in: " + r.run().err());
        }
        assertTrue(r.run().err().startsWith("gongkai："), r.run().err());
        assertEquals(r.before(), r.after(), "a refused build changed files");
    }

    @Test
    void theProjectItsInputsAndWhatHoldsThemAreRefused() {
        TestSite site = TestSite.fixture("basic", temp);
        Path root = site.root();
        assertRefused(buildWith(site, "--output", root.toString()), "就是项目根目录", "_site");
        assertRefused(buildWith(site, "--output", root.resolve("content").toString()), "就是内容目录 content/");
        assertRefused(buildWith(site, "--output", root.resolve("templates").toString()), "就是模板目录 templates/");
        assertRefused(buildWith(site, "--output", root.getParent().toString()), "包含项目根目录");
        assertRefused(buildWith(site, "--output", root.resolve("content/plans/site").toString()), "位于内容目录 content/之内");
        assertRefused(buildWith(site, "--output", root.resolve("templates/static").toString()), "模板目录 templates/");
        assertRefused(buildWith(site, "--output", "/"), "文件系统的根目录");
    }

    @Test
    void theConfigsFolderIsRefusedWhereverTheConfigLives() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        Path config = site.root().resolve("conf/site-config.yml");
        Files.createDirectories(config.getParent());
        Files.copy(site.root().resolve("site-config.yml"), config);
        Map<String, String> before = files(temp);
        CliRun run = CliRun.of("build", "--config", config.toString(), "--output", config.getParent().toString());
        assertEquals(2, run.code(), run.err());
        // With --config conf/site-config.yml the project root is conf/ itself, which says so first.
        assertTrue(run.err().contains("就是项目根目录"), run.err());
        assertEquals(before, files(temp));
    }

    @Test
    void theHomeFolderIsRefused() {
        TestSite site = TestSite.fixture("basic", temp);
        Path home = temp.resolve("home");
        String was = System.getProperty("user.home");
        try {
            System.setProperty("user.home", home.toString());
            assertRefused(buildWith(site, "--output", home.toString()), "就是用户主目录");
            assertRefused(buildWith(site, "--output", temp.toString()), "包含");
        } finally {
            System.setProperty("user.home", was);
        }
    }

    @Test
    void aFolderGongkaiDidNotMakeIsNeverEmptied() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        Path mine = temp.resolve("mine");
        Files.createDirectories(mine.resolve("photos"));
        Files.writeString(mine.resolve("photos/1.txt"), "keep me");
        assertRefused(buildWith(site, "--output", mine.toString()), "不是空目录", ".gongkai-site", "新目录或空目录");

        Path file = temp.resolve("a-file");
        Files.writeString(file, "keep me");
        assertRefused(buildWith(site, "--output", file.toString()), "是一个文件");

        Files.createDirectories(temp.resolve(".taken.gongkai"));
        Files.writeString(temp.resolve(".taken.gongkai/notes.txt"), "keep me");
        assertRefused(buildWith(site, "--output", temp.resolve("taken").toString()), ".taken.gongkai", "不是 gongkai 建立的");
    }

    @Test
    void symlinksAreRefusedNotFollowed() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("data.txt"), "keep me");
        Files.createSymbolicLink(site.root().resolve("_site"), elsewhere);
        assertRefused(buildWith(site), "_site 是符号链接", "elsewhere");

        Files.createSymbolicLink(temp.resolve("to-content"), site.root().resolve("content"));
        assertRefused(buildWith(site, "--output", temp.resolve("to-content").toString()), "符号链接");
        assertRefused(buildWith(site, "--output", temp.resolve("to-content/site").toString()), "位于内容目录 content/之内");
    }

    @Test
    void anEmptyFolderOrOneGongkaiMadeIsUsed() throws IOException {
        TestSite site = TestSite.fixture("basic", temp);
        Path empty = temp.resolve("public");
        Files.createDirectories(empty);
        CliRun first = buildWith(site, "--output", empty.toString()).run();
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.isRegularFile(empty.resolve(".gongkai-site")));
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
        CliRun again = buildWith(site, "--output", empty.toString()).run();
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 个文件有变化"), again.out());
    }
}
