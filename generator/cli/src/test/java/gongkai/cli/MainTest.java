package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes 0, 1 and 2, messages without stack traces. */
class MainTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void versionAndHelp() {
        CliRun v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("gongkai \\d+\\.\\d+\\.\\d+\\s*"), v.out());
        CliRun h = run("build", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--base-url=URL"), h.out());
        assertTrue(h.out().contains("--output=DIR"));
        assertTrue(h.out().contains("--config=FILE"));
        CliRun i = run("import", "--help");
        assertEquals(0, i.code());
        assertTrue(i.out().contains("--report-date=DATE"), i.out());
        assertTrue(i.out().contains("--column=ROLE=COL"), i.out());
        CliRun e = run("export", "--help");
        assertEquals(0, e.code());
        assertTrue(e.out().contains("--unit=UNIT"), e.out());
        // A run that names its command first sets up that one only (Main): usage and help still know them all.
        CliRun all = run();
        assertEquals(0, all.code());
        for (String command : java.util.List.of("build", "serve", "check", "new", "import", "export", "init", "theme",
                "completion", "help")) {
            assertTrue(all.out().contains("  " + command + " "), command + " in " + all.out());
        }
        CliRun help = run("help", "build");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--base-url=URL"), help.out());
        Main.COMMANDS.forEach((name, command) ->
                assertEquals(name, command.getAnnotation(picocli.CommandLine.Command.class).name()));
    }

    @Test
    void importUsageErrorsExitWithTwo() {
        CliRun r = run("import", "x.docx", "--report-date", "2018/11/30");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gongkai：--report-date 的值“2018/11/30”不是 YYYY-MM-DD 格式的日期，例如 2018-11-30。"), r.err());
        assertEquals(2, run("import", "x.docx", "--column", "owner=3").code());
        assertEquals(2, run("import").code());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun r = run("build", "--no-such-option");
        assertEquals(2, r.code());
        assertEquals("gongkai：未知选项：--no-such-option\n用 gongkai build --help 查看用法。\n", r.err());
        CliRun typo = run("biuld");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("gongkai：未知的命令或多余的参数：biuld\n是否想写：build"), typo.err());
        CliRun missing = run("new", "unit", "x-y");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("gongkai：缺少必需的选项 --name=NAME。"), missing.err());
        CliRun notInt = run("serve", "--port", "abc");
        assertEquals(2, notInt.code());
        assertTrue(notInt.err().startsWith("gongkai：选项 --port=PORT 的值“abc”无效：应是整数。"), notInt.err());
        assertEquals(2, run("nosuchcommand").code());
        CliRun port = run("serve", "--port", "99999");
        assertEquals(2, port.code());
        assertTrue(port.err().startsWith("gongkai：端口 99999 无效：端口是 1 到 65535 之间的整数"), port.err());
        assertEquals(2, run("serve", "--port", "-1").code());
    }

    @Test
    void buildWritesTheSiteAndSaysWhere() {
        TestSite site = TestSite.fixture("basic", temp);
        Path out = temp.resolve("out");
        CliRun r = run("build", "--config", site.root().resolve("site-config.yml").toString(), "--output", out.toString(),
                "--base-url", "https://www.example.gov.cn/sub/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已生成 94 个文件（其中 45 个页面）"), r.out());
        assertTrue(r.out().contains("数据截至 2020-12-31（site-config.yml 的 as_of）。"), r.out());
        // Said once: the project is not in a git repository, so there is no change record.
        assertEquals(1, r.out().split("修改记录不可用", -1).length - 1, r.out());
        CliRun none = run("build", "--config", site.root().resolve("site-config.yml").toString(), "--output", out.toString(),
                "--history", "none");
        assertEquals(0, none.code(), none.err());
        assertFalse(none.out().contains("修改记录"), "an editor who chose none is not told again");
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void theBaseUrlOptionReachesFeedsAndCanonicalLinks() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        CliRun r = run("build", "--config", site.root().resolve("site-config.yml").toString(),
                "--base-url", "https://www.example.gov.cn/sub");
        assertEquals(0, r.code(), r.err());
        assertTrue(site.read("feed.xml").contains("<atom:link href=\"https://www.example.gov.cn/sub/feed.xml\""));
        assertEquals("https://www.example.gov.cn/sub/plans/",
                site.page("plans/").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() {
        TestSite site = TestSite.fixture("basic", temp);
        site.write("content/plans/demo-2020/2.md", "---\ntitle: [坏\n---\n");
        site.write("content/plans/demo-2020/4.md", "---\ntitle: 四\nstatus: done\n---\n");
        CliRun r = run("build", "--config", site.root().resolve("site-config.yml").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/plans/demo-2020/2.md:3:1: YAML 格式错误"), r.err());
        assertTrue(r.err().contains("content/plans/demo-2020/4.md:3:9: 未知状态“done”"), r.err());
        assertTrue(r.err().endsWith("构建失败：发现 2 个问题，输出目录未改动。\n"), r.err());
        assertFalse(r.err().contains("\tat "), "stack trace printed");
        assertFalse(Files.exists(site.output()));
    }
}
