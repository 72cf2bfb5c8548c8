package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a web team types every day: short flags, quiet and verbose builds, help in Chinese, a new site, the theme. */
class EverydayCommandsTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void shortFlagsQuietAndVerbose() {
        TestSite site = TestSite.fixture("basic", temp);
        String config = site.root().resolve("site-config.yml").toString();
        Path out = temp.resolve("out");
        CliRun quiet = run("build", "-c", config, "-o", out.toString(), "-q");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.out(), "--quiet prints nothing when all is well");
        assertTrue(Files.exists(out.resolve("index.html")));
        CliRun verbose = run("build", "-c", config, "-o", out.toString(), "--verbose");
        for (String stage : List.of("读取内容：", "检查：", "建立索引：", "生成页面：", "发布：")) {
            assertTrue(verbose.out().contains("  " + stage), stage + " in " + verbose.out());
        }
        // What rendering spent on each kind of file, in shares that add up to the whole.
        java.util.regex.Matcher kinds = java.util.regex.Pattern.compile(
                "其中（各线程合计）：页面 \\d+ 毫秒（(\\d+)%），搜索索引 \\d+ 毫秒（(\\d+)%），开放数据 \\d+ 毫秒（(\\d+)%），"
                + "订阅和站点地图 \\d+ 毫秒（(\\d+)%），样式和脚本 \\d+ 毫秒（(\\d+)%）").matcher(verbose.out());
        assertTrue(kinds.find(), verbose.out());
        int sum = 0;
        for (int i = 1; i <= 5; i++) {
            sum += Integer.parseInt(kinds.group(i));
        }
        assertTrue(sum >= 98 && sum <= 102, "shares sum to about 100 %: " + kinds.group());
        assertFalse(verbose.out().contains("读取修改记录"), "a project without git reads no history");
        assertEquals("", run("check", "-c", config, "-q").out());
    }

    @Test
    void draftsOnBuildGoToThePreviewFolderNeverTheSite() {
        TestSite site = TestSite.fixture("basic", temp)
                .write("content/plans/demo-2020/6.md", "---\nnumber: \"6\"\ntitle: 还在起草\nsection: （三）\ndraft: true\n---\n");
        String config = site.root().resolve("site-config.yml").toString();
        assertEquals(0, run("build", "-c", config).code());
        CliRun drafts = run("build", "-c", config, "--drafts");
        assertEquals(0, drafts.code(), drafts.err());
        assertTrue(Files.exists(site.root().resolve("_preview/plans/demo-2020/6/index.html")));
        assertFalse(site.exists("plans/demo-2020/6/index.html"), "the public site has no draft");
    }

    @Test
    void helpIsInChineseAndSaysWhatTheExitCodesMean() {
        CliRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("用法：gongkai"), help.out());
        assertTrue(help.out().contains("显示本帮助，然后退出。"));
        assertTrue(help.out().contains("退出码：0 成功；1 内容有问题或无法写入"));
        assertFalse(help.out().contains("Show this help") || help.out().contains("Usage:") || help.out().contains("Display help"),
                help.out());
        CliRun buildHelp = run("help", "build");
        assertTrue(buildHelp.out().contains("-o, --output=DIR") && buildHelp.out().contains("-c, --config=FILE"), buildHelp.out());
        assertTrue(run("serve", "--help").out().contains("-p, --port=PORT"));
        assertEquals(2, run("help", "nosuch").code());
    }

    @Test
    void completionIsABashScriptForEveryCommand() {
        CliRun r = run("completion");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().substring(0, 40));
        for (String command : List.of("build", "serve", "check", "import", "init", "theme")) {
            assertTrue(r.out().contains(command), command);
        }
    }

    @Test
    void initStartsASiteThatChecksAndBuilds() throws Exception {
        Path dir = temp.resolve("市站");
        CliRun init = run("init", dir.toString(), "--jurisdiction", "厦门市", "--jurisdiction-id", "xiamen", "--year", "2026");
        assertEquals(0, init.code(), init.err());
        String config = dir.resolve("site-config.yml").toString();
        assertTrue(Files.readString(dir.resolve("site-config.yml")).contains("# 数据截至日期："), "every setting explained");
        assertTrue(Files.readString(dir.resolve("content/units/xiamen.yml")).contains("name: 厦门市人民政府办公室"));
        assertEquals(0, run("check", "-c", config).code());
        assertEquals(0, run("build", "-c", config).code());
        assertTrue(Files.exists(dir.resolve("_site/plans/xiamen-2026/1/index.html")));
        assertFalse(Files.exists(dir.resolve("templates")), "the built-in theme needs no copy");

        Path empty = temp.resolve("empty");
        assertEquals(0, run("init", empty.toString(), "--jurisdiction", "福建省", "--jurisdiction-id", "fujian", "--empty").code());
        try (Stream<Path> plans = Files.list(empty.resolve("content"))) {
            assertEquals(List.of("units"), plans.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.readString(empty.resolve("content/units/fujian.yml")).contains("short: 省政府办公厅"));
        assertEquals(0, run("check", "-c", empty.resolve("site-config.yml").toString()).code());

        CliRun again = run("init", dir.toString(), "--jurisdiction", "厦门市", "--jurisdiction-id", "xiamen");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("已存在且不是空目录，未做任何改动"), again.err());
        assertEquals(2, run("init", temp.resolve("bad").toString(), "--jurisdiction", "厦门市", "--jurisdiction-id", "Xia Men").code());
    }

    @Test
    void themeExportNeverOverwritesAnEdit() throws Exception {
        Path dir = temp.resolve("site");
        assertEquals(0, run("init", dir.toString(), "--jurisdiction", "厦门市", "--jurisdiction-id", "xiamen").code());
        String config = dir.resolve("site-config.yml").toString();
        CliRun export = run("theme", "export", "-c", config);
        assertEquals(0, export.code(), export.err());
        assertEquals(Files.readString(TestSite.repo().resolve("templates/_layout.ftlh")),
                Files.readString(dir.resolve("templates/_layout.ftlh")));
        assertTrue(Files.exists(dir.resolve("templates/static/style.css")));
        assertEquals(0, run("theme", "export", "-c", config).code(), "the same files again: nothing to do");
        Files.writeString(dir.resolve("templates/task.ftlh"), "本站改过的模板");
        CliRun clash = run("theme", "export", "-c", config);
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("task.ftlh"), clash.err());
        assertEquals("本站改过的模板", Files.readString(dir.resolve("templates/task.ftlh")));
    }
}
