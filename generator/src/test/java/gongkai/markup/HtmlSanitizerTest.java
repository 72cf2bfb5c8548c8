package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
