package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.support.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and new, as an editor and a pre-commit hook use them. */
class EditorCommandsTest {

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String config(TestSite site) {
        return site.root().resolve("site-config.yml").toString();
    }

    @Test
    void checkPassesCleanContentWithoutWritingAnything() {
        TestSite site = TestSite.fixture("basic", temp);
        CliRun r = run("check", "--config", config(site));
        assertEquals(0, r.code());
        assertEquals("检查通过：8 项任务，没有发现问题。\n", r.out());
        assertEquals("[]\n", run("check", "--config", config(site), "--format", "json").out());
        assertTrue(Files.notExists(site.output()));
    }

    @Test
    void checkReportsEveryProblemInBothFormats() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        site.write("content/plans/demo-2020/2.md", "---\nnumber: \"2\"\ntitle: 做好政策解读\nlead: [市财政厅]\nstatus: done\n---\n");
        CliRun human = run("check", "--config", config(site));
        assertEquals(1, human.code());
        assertEquals("content/plans/demo-2020/2.md:4:8: 未知单位“市财政厅”。最接近的已知单位：市财政局。"
                + "如是新单位，请在 content/units/ 中登记；如是已有单位的另一种写法，请加入该单位的 aliases。\n"
                + "content/plans/demo-2020/2.md:5:9: 未知状态“done”。可用状态：not-reported, not-started, in-progress, "
                + "completed, ongoing, cancelled。\n发现 2 个问题。\n", human.out());
        CliRun json = run("check", "--config", config(site), "--format", "json");
        assertEquals(1, json.code());
        JsonNode problems = new ObjectMapper().readTree(json.out());
        assertEquals(2, problems.size());
        JsonNode first = problems.get(0);
        assertEquals("content/plans/demo-2020/2.md", first.get("file").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals(8, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertTrue(first.get("message").asText().startsWith("未知单位“市财政厅”"));
    }

    @Test
    void checkLooksAtDraftsToo() {
        TestSite site = TestSite.fixture("basic", temp);
        site.write("content/plans/demo-2020/9.md", "---\ntitle: 草稿\ndraft: true\nlead: [没有这个单位]\n---\n");
        assertEquals(1, run("check", "--config", config(site)).code());
    }

    @Test
    void newWritesValidFilesWithTheNextNumberAndNeverOverwrites() throws Exception {
        TestSite site = TestSite.fixture("basic", temp);
        CliRun task = run("new", "task", "demo-2020", "--config", config(site));
        assertEquals(0, task.code(), task.err());
        assertEquals("已新建 content/plans/demo-2020/6.md，请打开填写。\n", task.out());
        String text = Files.readString(site.root().resolve("content/plans/demo-2020/6.md"));
        assertTrue(text.contains("number: \"6\"\n"), text);
        assertTrue(text.contains("section: （三）\n"), "takes the section of the last task");
        assertTrue(text.contains("# 任务名称（必填）。"));
        assertEquals("已新建 content/plans/demo-2020/3-3.md，请打开填写。\n",
                run("new", "task", "demo-2020", "--parent", "3", "--config", config(site)).out());
        assertEquals(0, run("new", "plan", "city-2021", "--year", "2021", "--config", config(site)).code());
        assertEquals(0, run("new", "unit", "city-jyj", "--name", "示例市教育局", "--parent", "city", "--config", config(site)).code());
        CliRun again = run("new", "unit", "city-jyj", "--name", "别的", "--config", config(site));
        assertEquals(2, again.code());
        assertEquals("content/units/city-jyj.yml: 文件已存在，未做任何改动。请换一个 id，或直接编辑该文件。\n", again.err());
        assertTrue(Files.readString(site.root().resolve("content/units/city-jyj.yml")).contains("示例市教育局"));
        // Everything new builds as it stands.
        assertEquals(0, run("check", "--config", config(site)).code(), run("check", "--config", config(site)).out());
        site.buildOk();
        assertEquals("示例市", site.page("units/city-jyj/").select(".facts dt:containsOwn(上级) + dd").text());
        assertEquals("请在此填写工作要求", site.page("plans/demo-2020/3-3/").selectFirst("h1").ownText());
    }

    @Test
    void newRefusesUnknownPlansAndBadIds() {
        TestSite site = TestSite.fixture("basic", temp);
        CliRun r = run("new", "task", "nope", "--config", config(site));
        assertEquals(2, r.code());
        assertEquals("找不到计划“nope”：content/plans/nope/plan.md 不存在。可以先运行 gongkai new plan nope。\n", r.err());
        CliRun bad = run("new", "plan", "BAD_ID", "--config", config(site));
        assertEquals(2, bad.code());
        assertEquals("id“BAD_ID”不能用作网址：" + gongkai.check.Fields.idRule() + "。\n", bad.err());
        assertEquals(2, run("new", "plan", "厦门", "--config", config(site)).code());
        assertEquals(2, run("new", "task", "BAD ID", "--config", config(site)).code());
        assertEquals(2, run("new", "task", "demo-2020", "--parent", "../x", "--config", config(site)).code());
    }
}
