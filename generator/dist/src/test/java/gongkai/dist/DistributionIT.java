package gongkai.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a city's web team meets it: unpacked anywhere, a new site started with init, a task
 * added, one template overridden, built; and the demo built by the same archive.
 */
class DistributionIT {

    @TempDir
    Path temp;

    private static final Path ARCHIVE = Path.of(System.getProperty("gongkai.archive"));
    private static final String VERSION = System.getProperty("gongkai.version");

    private record Run(int code, String output, long millis) {
    }

    private Run gongkai(Path home, Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/gongkai").toString()));
        Collections.addAll(command, args);
        Path log = temp.resolve("run.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "gongkai " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), Files.readString(log), (System.nanoTime() - start) / 1_000_000);
    }

    /** Unpacks the archive as unzip would, file modes included. */
    private Path unpack() throws IOException {
        Path into = temp.resolve("opt");
        try (ZipFile zip = ZipFile.builder().setPath(ARCHIVE).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
        }
        return into.resolve("gongkai-" + VERSION);
    }

    @Test
    void aNewSiteFromTheArchiveAndTheDemo() throws Exception {
        Path home = unpack();
        Set<PosixFilePermission> launcher = Files.getPosixFilePermissions(home.resolve("bin/gongkai"));
        assertTrue(launcher.contains(PosixFilePermission.OWNER_EXECUTE), "bin/gongkai is executable in the archive");
        String cmd = Files.readString(home.resolve("bin/gongkai.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("\r\n") && cmd.contains("lib\\gongkai.jar"), "bin/gongkai.cmd has Windows line ends");
        assertTrue(Files.isRegularFile(home.resolve("lib/gongkai.jar")) && Files.isRegularFile(home.resolve("README.md")));

        Run version = gongkai(home, temp, "--version");
        assertEquals("gongkai " + VERSION + "\n", version.output());

        Run init = gongkai(home, temp, "init", "site", "--jurisdiction", "思明区", "--jurisdiction-id", "siming",
                "--year", "2026");
        assertEquals(0, init.code(), init.output());
        Path site = temp.resolve("site");
        assertTrue(Files.readString(site.resolve(".gitignore")).contains(".*.gongkai/"));
        assertTrue(Files.readString(site.resolve(".gitlab-ci.yml")).contains("gongkai-" + VERSION + ".zip"));
        assertTrue(Files.isExecutable(site.resolve(".githooks/pre-commit")));
        assertEquals(2, gongkai(home, temp, "init", "site", "--jurisdiction", "思明区", "--jurisdiction-id", "siming").code(),
                "init refuses a folder that is not empty");

        Run added = gongkai(home, site, "new", "task", "siming-2026");
        assertEquals(0, added.code(), added.output());
        Path task = site.resolve("content/plans/siming-2026/2.md");
        Files.writeString(task, Files.readString(task).replace("请填写任务名称", "推进基层政务公开标准化"));

        Run export = gongkai(home, site, "theme", "export", "--to", temp.resolve("theme").toString());
        assertEquals(0, export.code(), export.output());
        String layout = Files.readString(temp.resolve("theme/_layout.ftlh"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/_layout.ftlh"),
                layout.replace("</head>", "<meta name=\"x-siming\" content=\"本区模板\">\n</head>"));

        Run build = gongkai(home, site, "build");
        assertEquals(0, build.code(), build.output());
        System.out.printf("release archive %,d bytes, core jar %,d bytes; init %d ms, first build %d ms%n",
                Files.size(ARCHIVE), Files.size(home.resolve("lib/gongkai-core-" + VERSION + ".jar")), init.millis(),
                build.millis());
        Document page = Jsoup.parse(site.resolve("_site/plans/siming-2026/2/index.html").toFile(), "UTF-8");
        assertEquals("推进基层政务公开标准化", page.selectFirst("h1").ownText());
        assertEquals("本区模板", page.selectFirst("meta[name=x-siming]").attr("content"));
        Document plan = Jsoup.parse(site.resolve("_site/plans/siming-2026/index.html").toFile(), "UTF-8");
        assertEquals(2, plan.select("table.tasks tbody tr").size(), plan.select("table.tasks").outerHtml());
        assertTrue(Files.isRegularFile(site.resolve("_site/assets/style.css")), "the built-in static files");

        Path demo = temp.resolve("demo");
        TestSite.copy(TestSite.repo().resolve("content"), demo.resolve("content"));
        Files.copy(TestSite.repo().resolve("site-config.yml"), demo.resolve("site-config.yml"));
        Run built = gongkai(home, demo, "build");
        assertEquals(0, built.code(), built.output());
        assertTrue(built.output().contains("（其中 380 个页面）"), built.output());
    }
}
