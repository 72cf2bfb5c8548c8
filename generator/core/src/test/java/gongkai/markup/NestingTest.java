package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Deep Markdown is found, where it is, at any depth, in bounded time, and never overflows the renderer. */
class NestingTest {

    private static final int N = 100_000;

    /** Text nesting 100,000 levels in each way Markdown and raw HTML can nest. */
    private static Map<String, String> deep() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("quotes", ">".repeat(N) + " 深");
        cases.put("spaced quotes", "> ".repeat(N) + "深");
        cases.put("list items on one line", "- ".repeat(N) + "深");
        cases.put("ordered items", "1. ".repeat(N) + "深");
        cases.put("quotes in lists", "> - ".repeat(N) + "深");
        cases.put("emphasis", "*".repeat(N) + "深" + "*".repeat(N));
        cases.put("spaced emphasis", "*甲 ".repeat(N) + "深" + " 乙*".repeat(N));
        cases.put("underscores", "_".repeat(N) + "深" + "_".repeat(N));
        cases.put("links", "[".repeat(N) + "深" + "](/a)".repeat(N));
        cases.put("images", "![".repeat(N) + "深" + "](/a)".repeat(N));
        cases.put("open brackets", "[".repeat(N) + "深");
        cases.put("raw em", "<em>".repeat(N) + "深" + "</em>".repeat(N));
        cases.put("raw em left open", "<em>".repeat(N) + "深");
        cases.put("raw em across paragraphs", "<em>甲\n\n".repeat(N));
        cases.put("raw div block", "<div>\n" + "<div>".repeat(N) + "深" + "</div>".repeat(N) + "\n</div>");
        cases.put("raw lists", "<ul><li>".repeat(N) + "深");
        cases.put("table cell", "| 甲 |\n| - |\n| " + "*".repeat(N) + "深" + "*".repeat(N) + " |");
        return cases;
    }

    @Test
    void everyDeepTextIsFoundAndRenderedWithoutOverflowing() {
        Markdown markdown = new Markdown();
        deep().forEach((name, text) -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertTrue(Nesting.tooDeep(text).isPresent(), name);
            String html = markdown.toHtml(text);
            // Refused text is shown as it was written, escaped, never parsed.
            assertTrue(html.startsWith("<p>") && !html.contains("<em>") && !html.contains("<blockquote>"), name);
        }, name));
    }

    @Test
    void theFirstPlaceBeyondTheLimitIsNamedWithTheDeepest() {
        assertEquals(Optional.of(new Nesting.Deep(1, 17, 17, 2000, 0, 0)), Nesting.tooDeep(">".repeat(2000) + " 深"));
        StringBuilder list = new StringBuilder("说明：\n\n");
        for (int i = 0; i < 1500; i++) {
            list.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        }
        assertEquals(Optional.of(new Nesting.Deep(19, 33, 17, 1500, 0, 0)), Nesting.tooDeep(list.toString()));
        // Columns count characters: the 17th '*' follows four, then sixteen “*甲 ” of three characters each.
        assertEquals(Optional.of(new Nesting.Deep(1, 53, 17, 17, 0, 0)),
                Nesting.tooDeep("甲".repeat(3) + " " + "*甲 ".repeat(16) + "*深*" + " 乙*".repeat(16)));
        assertEquals(Optional.of(new Nesting.Deep(4, 17, 17, 22, 0, 0)),
                Nesting.tooDeep("甲\n\n> > " + "<b>".repeat(10) + "\n> > " + "<i>".repeat(10)));
    }

    @Test
    void crowdedParagraphsAndLineStartsAreRefusedUnmeasured() {
        assertEquals(Optional.of(new Nesting.Deep(3, 1, 0, 0, 1001, 0)),
                Nesting.tooDeep("甲\n\n" + "[".repeat(1001) + "乙"));
        assertEquals(Optional.of(new Nesting.Deep(2, 1, 0, 0, 0, 4002)), Nesting.tooDeep("甲\n" + "- ".repeat(2001) + "乙"));
        // Escaped, a marker opens nothing, and a line of 5,000 spaces before text is code, which is measured.
        assertEquals(Optional.empty(), Nesting.tooDeep("\\[".repeat(2000)));
        assertEquals(Optional.empty(), Nesting.tooDeep("- - 甲\n\n" + " ".repeat(3000) + "乙"));
    }

    @Test
    void realNestingPasses() {
        for (String s : new String[] {
                "1. 第一\n   - 甲\n     > 引用 **加粗** 和 [链接](https://www.gov.cn/)\n2. 第二",
                "| 单位 | 要求 |\n| --- | --- |\n| 市财政局 | *按时* 公开 |",
                "<table><tr><td><b>甲</b></td></tr></table>\n\n正文<br>续<img src=\"/a.png\">",
                ">".repeat(16) + " 十六层", "- ".repeat(16) + "十六层", "*".repeat(32) + "甲" + "*".repeat(32)}) {
            assertEquals(Optional.empty(), Nesting.tooDeep(s), s);
        }
        assertTrue(Nesting.tooDeep(">".repeat(17) + " 十七层").isPresent());
    }

    /** The one-pass bound lets text through unmeasured: it must never be below the real depth. */
    @Test
    void theQuickBoundIsNeverBelowTheDepth() {
        String[] pieces = {">", "> ", "- ", "* ", "1. ", "2) ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "*", "**", "_",
            "__", "[", "]", "](/a)", "![", "<em>", "</em>", "<div>", "</div>", "<br>", "<p>", "<!-- c -->", "`", "\\",
            "甲", "乙 ", "a", "|", "| - |", "<b title=\">\">", "x/>", "<x/>"};
        Random random = new Random(11);
        int deep = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int depth = Nesting.deepest(text);
            assertTrue(Nesting.bound(text) >= depth, () -> "bound " + Nesting.bound(text) + " < depth " + depth + ": " + text);
            deep += depth > 3 ? 1 : 0;
        }
        assertTrue(deep > 1000, "deep samples: " + deep);
    }
}
