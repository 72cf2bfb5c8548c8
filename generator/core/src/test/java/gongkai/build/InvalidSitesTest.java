package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gongkai.diagnostics.Problem;
import gongkai.support.TestSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken site per kind of error: the exact message, every problem at once, nothing written. */
class InvalidSitesTest {

    @TempDir
    Path temp;

    private TestSite basic() {
        return TestSite.fixture("basic", temp);
    }

    private static final String TASK = "content/plans/demo-2020/2.md";

    @Test
    void malformedYaml() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: [做好政策解读\nsection: （二）\n---\n正文\n");
        assertEquals(List.of(TASK + ":4:8: YAML 格式错误：while parsing a flow sequence, expected ',' or ']', but got :"
                + "。请检查缩进、冒号后的空格和引号是否成对。"), site.problems());
    }

    @Test
    void unknownUnitSuggestsTheClosest() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nresponsible:\n  - 市发改委\n  - 市财政局局\n---\n");
        assertEquals(List.of(TASK + ":6:5: 未知单位“市财政局局”。最接近的已知单位：市财政局。"
                + "如是新单位，请在 content/units/ 中登记；如是已有单位的另一种写法，请加入该单位的 aliases。"), site.problems());
    }

    @Test
    void ambiguousUnitOutsideAnyJurisdiction() {
        TestSite site = basic().write("content/plans/demo-2020/plan.md", "---\ntitle: 计划\nyear: 2020\n---\n")
                .write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nlead: 市财政局\n---\n");
        List<String> p = site.problems();
        String expected = TASK + ":4:7: 单位名称“市财政局”有歧义，可能是：示例市财政局（city-czj）、另一市财政局（town-czj）。"
                + "请改写为其中一个单位的 id。";
        assertEquals(true, p.contains(expected), String.join("\n", p));
    }

    @Test
    void duplicateUnitId() {
        TestSite site = basic().write("content/units/town.yml", "- id: town\n  name: 另一市\n  children:\n"
                + "    - id: city-czj\n      name: 另一市财政局\n      short: 市财政局\n");
        List<String> p = site.problems();
        assertEquals("content/units/town.yml:4:11: 单位 id“city-czj”重复，已在 content/units/city.yml:5 使用。"
                + "每个单位的 id 必须唯一，请改用另一个 id。", p.get(0));
    }

    @Test
    void unknownSection() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nsection: （四）\n---\n");
        assertEquals(List.of(TASK + ":4:10: 未知章节“（四）”。本计划的章节 id 有：“一”、“（一）”、“（二）”、“二”、“（三）”。是否想写 （一）？"),
                site.problems());
    }

    @Test
    void unknownParent() {
        TestSite site = basic().write("content/plans/demo-2020/3-2.md", "---\nnumber: \"（2）\"\nparent: \"33\"\n---\n正文。\n");
        assertEquals(List.of("content/plans/demo-2020/3-2.md:3:9: 上级任务“33”不存在：parent 应写同一计划中另一任务的文件名（不含 .md）。是否想写 3？"),
                site.problems());
    }

    @Test
    void parentCycle() {
        TestSite site = basic()
                .write("content/plans/demo-2020/3-1.md", "---\nnumber: \"（1）\"\nparent: 3-2\n---\n甲。\n")
                .write("content/plans/demo-2020/3-2.md", "---\nnumber: \"（2）\"\nparent: 3-1\n---\n乙。\n");
        assertEquals(List.of(
                "content/plans/demo-2020/3-1.md:3:9: 上级任务形成循环：3-1 → 3-2 → 3-1。请检查这些任务的 parent 字段，子任务的上级不能是它自己或它的下级。",
                "content/plans/demo-2020/3-2.md:3:9: 上级任务形成循环：3-2 → 3-1 → 3-2。请检查这些任务的 parent 字段，子任务的上级不能是它自己或它的下级。"),
                site.problems());
    }

    @Test
    void invalidDates() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\ndeadline: 2020-02-30\n"
                + "updates:\n  - date: 2020/5/1\n    status: completed\n    text: 完成。\n---\n");
        assertEquals(List.of(
                TASK + ":4:11: 日期“2020-02-30”无效：请写成 YYYY-MM-DD 格式的真实日期，例如 2018-11-30。"
                        + "没有截止日期的常态化工作写 ongoing；原表写法（如“11月底前”）写在 deadline_text。",
                TASK + ":6:11: 日期“2020/5/1”无效：请写成 YYYY-MM-DD 格式的真实日期，例如 2018-11-30。"), site.problems());
    }

    @Test
    void invalidStatus() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nstatus: complete\n---\n");
        assertEquals(List.of(TASK + ":4:9: 未知状态“complete”。可用状态：not-reported, not-started, in-progress, "
                + "completed, ongoing, cancelled。是否想写 completed？"), site.problems());
    }

    @Test
    void missingRequiredFields() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\nupdates:\n  - text: 已完成。\n---\n")
                .write("content/plans/other-2019/plan.md", "---\njurisdiction: town\n---\n");
        assertEquals(List.of(
                TASK + ":2:1: 任务缺少必填字段“title”。",
                TASK + ":4:5: 进展缺少必填字段“date”（报告日期，例如 2018-11-30）。",
                TASK + ":4:5: 进展缺少必填字段“status”。可用状态：not-reported, not-started, in-progress, completed, ongoing, cancelled。",
                "content/plans/other-2019/plan.md:2:1: 计划缺少必填字段“title”。",
                "content/plans/other-2019/plan.md:2:1: 计划缺少必填字段“year”（计划年度，例如 2019）。"), site.problems());
    }

    @Test
    void anEmblemMustBeAnImageThereIsUnderStatic() {
        String config = "title: 示例政务公开\nbase_url: https://example.org/gk/\nas_of: 2020-12-31\n"
                + "authority: 示例市人民政府办公室\nemblem: %s\n";
        assertEquals(List.of("site-config.yml:5:9: 找不到标志图片 templates/static/emblem.svg：请把图片放在这里，"
                + "或改正 emblem 的路径（写 templates/ 之下的路径，如 static/emblem.svg）。"),
                basic().write("site-config.yml", config.formatted("static/emblem.svg")).problems());
        assertEquals(List.of("site-config.yml:5:9: 标志图片“emblem.svg”应写成 templates/ 目录中 static/ 下的文件路径，"
                + "例如 emblem: static/emblem.svg（图片放在 templates/static/emblem.svg）。"),
                basic().write("site-config.yml", config.formatted("emblem.svg")).problems());
        assertEquals(List.of("site-config.yml:5:9: 标志图片“static/../site-config.yml”应写成 templates/ 目录中 static/ 下的文件路径，"
                + "例如 emblem: static/emblem.svg（图片放在 templates/static/emblem.svg）。"),
                basic().write("site-config.yml", config.formatted("static/../site-config.yml")).problems());
        assertEquals(List.of("site-config.yml:5:9: 标志图片“static/emblem.txt”不是网页能显示的图片：请用 gif、jpeg、jpg、png、svg、webp "
                + "格式的文件，例如 emblem: static/emblem.svg（图片放在 templates/static/emblem.svg）。"),
                basic().write("site-config.yml", config.formatted("static/emblem.txt"))
                        .write("templates/static/emblem.txt", "x").problems());
    }

    @Test
    void unknownFieldSuggestsTheRightName() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nresponsibe: [市发改委]\n---\n");
        assertEquals(List.of(TASK + ":4:1: 任务中有未知字段“responsibe”。是否想写 responsible？"), site.problems());
    }

    @Test
    void idsThatCannotBeUrlsAreRefused() {
        TestSite site = basic().write("content/plans/demo-2020/任务六.md", "---\ntitle: 六\n---\n");
        assertEquals(List.of("content/plans/demo-2020/任务六.md: 任务文件名“任务六.md”不能用作网址："
                + "只能使用小写英文字母、数字和连字符（-），以字母或数字开头，最长 80 个字符。请重命名，例如 12.md 或 3-1.md。"),
                site.problems());
    }

    @Test
    void textThatIsNotUtf8() {
        TestSite site = basic().writeBytes(TASK, "---\ntitle: 做好政策解读\n---\n".getBytes(Charset.forName("GBK")));
        assertEquals(List.of(TASK + ":2:8: 文件不是 UTF-8 编码（可能是 GBK）：从这里起的字节不是 UTF-8 文字。"
                + "请用编辑器“另存为 UTF-8”后再构建。"), site.problems());
    }

    /** U+FFFD written in a file is text like any other; a byte that is not UTF-8 next to it is still found. */
    @Test
    void aReplacementCharacterWrittenInTheFileIsNotABadByte() {
        basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\uFFFD\nsection: （二）\n---\n正文。\n").buildOk();
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsFound() {
        TestSite site = basic();
        byte[] both = "---\ntitle: 做好\uFFFD政策\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(both, both.length + 1);
        bad[bad.length - 1] = (byte) 0xC3;
        site.writeBytes(TASK, bad);
        assertEquals(List.of(TASK + ":4:1: 文件不是 UTF-8 编码（可能是 GBK）：从这里起的字节不是 UTF-8 文字。"
                + "请用编辑器“另存为 UTF-8”后再构建。"), site.problems());
    }

    @Test
    void unsafeLinks() {
        TestSite site = basic().write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nupdates:\n  - date: 2020-05-01\n"
                + "    status: completed\n    text: 完成。\n    links:\n      - title: 看这里\n        url: javascript:alert(1)\n---\n");
        assertEquals(List.of(TASK + ":9:9: 链接“javascript:alert(1)”无效：只能是 http://、https://、mailto: 或 tel: 开头的地址，或站内的相对路径。"),
                site.problems());
    }

    /** Browsers drop tabs, newlines and leading controls before reading a scheme, so every URL field does too. */
    @Test
    void linksWithHiddenSchemes() throws Exception {
        TestSite site = basic();
        String config = Files.readString(site.root().resolve("site-config.yml"));
        String plan = Files.readString(site.root().resolve("content/plans/demo-2020/plan.md"));
        site.write("site-config.yml", config + "nav:\n  - title: 外链\n    url: \"jav\\nascript:alert(1)\"\n")
                .write("content/plans/demo-2020/plan.md", plan.replace("year: 2020\n", "year: 2020\nsource: \"java\\tscript:alert(1)\"\n"))
                .write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nupdates:\n  - date: 2020-05-01\n    status: completed\n    text: 已公开。\n"
                        + "    links:\n      - \"java\\tscript:alert(1)\"\n      - title: 看这里\n        url: \"\\x01javascript:alert(1)\"\n"
                        + "      - \"jav\\nascript:alert(1)\"\n---\n");
        String rule = "”无效：只能是 http://、https://、mailto: 或 tel: 开头的地址，或站内的相对路径。";
        assertEquals(List.of(
                TASK + ":9:9: 链接“java\\tscript:alert(1)" + rule,
                TASK + ":10:9: 链接“\\u0001javascript:alert(1)" + rule,
                TASK + ":11:14: 双引号中的转义写法产生了不允许的字符 U+0001（控制字符，转义写作 \\x01），网页和订阅中不能出现。请删除这个转义写法。",
                TASK + ":12:9: 链接“jav\\nascript:alert(1)" + rule,
                "content/plans/demo-2020/plan.md:5:9: 链接“java\\tscript:alert(1)" + rule,
                "site-config.yml:10:10: 链接“jav\\nascript:alert(1)" + rule), site.problems());
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        TestSite site = basic()
                .write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\nlead: [不存在的局]\nstatus: done\n---\n")
                .write("content/plans/demo-2020/1.md", "---\ntitle: [坏\n---\n");
        List<String> p = site.problems();
        assertEquals(3, p.size(), String.join("\n", p));
        assertEquals(List.of("content/plans/demo-2020/1.md", TASK, TASK),
                p.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
    }

    @Test
    void templateErrorsNameTheTemplateAndLine() {
        TestSite site = basic().write("templates/404.ftlh", "<#import \"_layout.ftlh\" as layout>\n<@layout.page>\n${nosuch.value}\n</@layout.page>\n");
        assertEquals(List.of("templates/404.ftlh:3: 模板执行出错：The following has evaluated to null or missing: nosuch"),
                site.problems());
    }

    @Test
    void templatesCannotReachIntoJava() {
        TestSite site = basic().write("templates/404.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        List<String> p = site.problems();
        assertEquals(1, p.size());
        assertEquals(true, p.get(0).startsWith("templates/404.ftlh:1: 模板执行出错："), p.get(0));
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteInPlace() throws Exception {
        TestSite site = basic();
        site.buildOk();
        String before = site.read("plans/demo-2020/2/index.html");
        site.write(TASK, "---\ntitle: [坏\n---\n");
        var snapshot = site.snapshot();
        assertFalse(site.build().ok());
        assertEquals(before, site.read("plans/demo-2020/2/index.html"));
        var after = site.snapshot();
        assertEquals(snapshot.keySet(), after.keySet());
        snapshot.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }
}
