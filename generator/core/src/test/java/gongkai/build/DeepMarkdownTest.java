package gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.support.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown nesting deeper than 16 levels is refused by check, at its line, with the depth and the limit. Before,
 * one body line of 2,000 '>' passed check and ended build with a StackOverflowError.
 */
class DeepMarkdownTest {

    private static final String TASK = "content/plans/demo-2020/2.md";
    private static final String HEAD = "---\nnumber: \"2\"\ntitle: 做好政策解读\n---\n";

    @TempDir
    Path temp;

    private TestSite basic() {
        return TestSite.fixture("basic", temp);
    }

    private static String only(TestSite site) {
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), site::problemsAlsoChecked);
        assertEquals(1, problems.size(), String.join("\n", problems));
        return problems.get(0);
    }

    @Test
    void aLineOfTwoThousandQuoteMarksIsRefusedAtItsSeventeenth() {
        TestSite site = basic().write(TASK, HEAD + "政策文件与解读材料同步起草。\n\n" + ">".repeat(2000) + " 深\n");
        String p = only(site);
        assertTrue(p.startsWith(TASK + ":7:17: 引用（>）、列表、加粗或斜体、链接、图片和 HTML 标签在这里嵌套到了第 17 层（全文最深 2000 层），"
                + "超过了 16 层的上限。"), p);
    }

    @Test
    void fifteenHundredNestedListItemsAreRefusedWhereTheyPassTheLimit() {
        StringBuilder body = new StringBuilder("\n\n");
        for (int i = 0; i < 1500; i++) {
            body.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        }
        String p = only(basic().write(TASK, HEAD + body));
        // The body starts on line 5 after two blank lines, which the model strips: the 17th item is on line 23.
        assertTrue(p.startsWith(TASK + ":23:33: ") && p.contains("第 17 层（全文最深 1500 层）"), p);
    }

    @Test
    void thePlansIntroAndAnUpdatesTextAreCheckedToo() {
        String plan = TestSite.repo().resolve("generator/core/src/test/resources/fixtures/basic/content/plans/demo-2020/plan.md")
                .toFile().toString();
        String text = readString(plan).replace("这是计划的**说明**。", "  " + "> ".repeat(20) + "说明");
        TestSite site = basic().write("content/plans/demo-2020/plan.md", text);
        String p = only(site);
        assertTrue(p.startsWith("content/plans/demo-2020/plan.md:21:35: ") && p.contains("全文最深 20 层"), p);
        TestSite update = TestSite.fixture("basic", temp.resolve("u")).write(TASK, "---\nnumber: \"2\"\ntitle: 做好政策解读\n"
                + "updates:\n  - date: 2020-06-01\n    status: in-progress\n    text: |-\n      已起草。\n      "
                + "- ".repeat(18) + "细项\n---\n");
        p = only(update);
        assertTrue(p.startsWith(TASK + ":7:11: 进展内容第 2 行：") && p.contains("全文最深 18 层"), p);
    }

    private static String readString(String file) {
        try {
            return java.nio.file.Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void inlineNestingAndRawHtmlCountAsLevels() {
        TestSite site = basic().write(TASK, HEAD + "要求" + "<em>".repeat(100_000) + "深\n");
        String p = only(site);
        assertTrue(p.startsWith(TASK + ":5:67: ") && p.contains("全文最深 100000 层"), p);
        // Seventeen '*' in one run make only nine levels (** is one); seventeen runs of one make seventeen.
        site.write(TASK, HEAD + "*甲 ".repeat(17) + "深" + " 乙*".repeat(17) + "\n");
        p = only(site);
        assertTrue(p.startsWith(TASK + ":5:49: "), p);
        TestSite.fixture("basic", temp.resolve("run")).write(TASK, HEAD + "*".repeat(17) + "深" + "*".repeat(17) + "\n")
                .buildOk();
    }

    @Test
    void aParagraphOfAHundredThousandMarkersIsRefusedUnmeasured() {
        TestSite site = basic().write(TASK, HEAD + "甲\n\n" + "[".repeat(100_000) + "深" + "](/a)".repeat(100_000) + "\n");
        String p = only(site);
        assertTrue(p.startsWith(TASK + ":7:1: 这一段（或表格的一格）中有 100000 个 *、_ 或 [ 标记，超过了一段 1000 个的上限"), p);
    }

    @Test
    void sixteenLevelsAreWelcome() {
        TestSite site = basic().write(TASK, HEAD + ">".repeat(16) + " 十六层\n\n" + "- ".repeat(16) + "十六层\n");
        site.buildOk();
        assertEquals(16, site.page("plans/demo-2020/2/").select(".prose blockquote").size());
    }
}
