package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final Markdown markdown = new Markdown();

    @Test
    void scriptsHandlersFramesAndScriptLinksAreRemoved() {
        String html = markdown.toHtml("<script>alert(1)</script>\n<p onclick=\"x()\" onmouseover=\"y()\">正文</p>\n\n"
                + "<a href=\"javascript:alert(1)\">a</a> <a href=\"JaVaScRiPt:alert(1)\">b</a>\n\n"
                + "<iframe src=\"https://evil.example/\"></iframe><form><input></form><style>*{}</style>");
        assertEquals("<p>正文</p>\n<p><a>a</a> <a>b</a></p>", html);
    }

    @Test
    void imagesMustComeFromTheSiteItself() {
        assertEquals("<p>x</p>", markdown.toHtml("![外站](https://tracker.example/p.gif)x"));
        assertEquals("<p><img src=\"../img/a.png\" alt=\"图\"></p>", markdown.toHtml("![图](../img/a.png)"));
        assertEquals("<p></p>", markdown.toHtml("![x](//evil.example/a.png)"));
    }

    @Test
    void targetsAreJudgedAfterEntitiesAreDecoded() {
        assertEquals("<p><a>x</a></p>", markdown.toHtml("<a href=\"&#106;avascript:alert(1)\">x</a>"));
        assertEquals("<p><a>x</a></p>", markdown.toHtml("<a href=\"java&#9;script:alert(1)\">x</a>"));
        assertEquals("<p><a>x</a></p>", markdown.toHtml("[x](java&#9;script:alert(1))"));
        assertEquals("<p><a>x</a></p>", markdown.toHtml("[x](<java\tscript:alert(1)>)"));
        assertEquals("", markdown.toHtml("<img src=\"/&#92;evil.example/x.png\">"));
        assertEquals("<p></p>", markdown.toHtml("![](/\\evil.example/x.png)"));
        assertEquals("<blockquote>引文</blockquote>", markdown.toHtml("<blockquote cite=\"java&#9;script:x\">引文</blockquote>"));
    }

    @Test
    void keptTargetsAreWrittenAsTheBrowserReadsThem() {
        assertEquals("<p><a href=\"tel:+86-592-1234567\">电话</a> <a href=\"https://www.gov.cn/\">国</a></p>",
                markdown.toHtml("<a href=\"tel:+86-592-1234567\">电话</a> <a href=\"&#1;https://www.gov.cn/&#9;\">国</a>"));
    }

    /** Each target of LinkTargetTest's table, written with every character as an entity, in raw HTML and in Markdown. */
    @Test
    void everyTargetOfTheTableIsKeptOrDroppedAsLinkTargetSays() {
        List<String> wrong = new ArrayList<>();
        for (LinkTargetTest.Case c : LinkTargetTest.cases()) {
            String e = entities(c.written());
            String[] inputs = {"<p><a href=\"" + e + "\">x</a><img src=\"" + e + "\" alt=\"y\"></p>",
                    "[x](<" + e + ">) ![y](<" + e + ">)"};
            for (String input : inputs) {
                Document out = Jsoup.parseBodyFragment(markdown.toHtml(input));
                if (out.select("a[href]").isEmpty() == c.link() || out.select("img").isEmpty() == c.onSite()) {
                    wrong.add(c + ": " + input + " → " + out.body().html());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String entities(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(ch -> out.append(Character.isLetterOrDigit(ch) && ch < 0x80 ? String.valueOf((char) ch) : "&#" + ch + ";"));
        return out.toString();
    }

    @Test
    void markdownAndSafeLinksSurvive() {
        assertEquals("<p><strong>加粗</strong> <a href=\"https://www.gov.cn/\">链接</a> <a href=\"../units/\">站内</a></p>",
                markdown.toHtml("**加粗** [链接](https://www.gov.cn/) [站内](../units/)"));
    }

    @Test
    void tablesRender() {
        String html = markdown.toHtml("| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n");
        assertEquals(true, html.contains("<table>") && html.contains("<td>2</td>"), html);
    }
}
