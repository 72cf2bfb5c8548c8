package gongkai.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final String ALPHABET = "政务公开，。、；：“”（）《》　a1Z ._-*#&<>[]!`~|\\\n\t\u00a0\u2028\u3000０１＃";
    private final Parser parser = Parser.builder().extensions(java.util.List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(java.util.List.of(TablesExtension.create())).build();

    @Test
    void aPlainLineIsWhatTheParserMakesOfIt() {
        Random random = new Random(7);
        Markdown markdown = new Markdown();
        int plain = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            // Half the samples draw only from the first characters, so many are plain.
            int range = round % 2 == 0 ? 15 : ALPHABET.length();
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(range)));
            }
            String text = sb.toString();
            if (text.isBlank()) {
                continue;
            }
            if (Markdown.isPlainParagraph(text)) {
                plain++;
                assertEquals(renderer.render(parser.parse(text)).strip(), markdown.toHtml(text), text);
            }
        }
        assertTrue(plain > 5000, "plain samples: " + plain);
    }

    /** Markdown skips the allow-list for text without '<' and '['; the parser must then make no link or image. */
    @Test
    void withoutAngleOrSquareBracketsTheParserMakesNoLinkOrImage() {
        String[] pieces = {"javascript:alert(1)", "https://x.example/", "www.x.example", "x@y.example", "&#91;x&#93;(javascript:a)",
            "&#60;a href=javascript:a&#62;", "&lt;img src=//evil&gt;", "&#x6a;", "(", ")", "]", "!", ":", "/", "\\", "*", "`", "|",
            "-", "#", " ", "\n", "\t", "    ", "x: y", "---", "1. ", "> ", "政务"};
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = renderer.render(parser.parse(sb.toString()));
            assertTrue(Jsoup.parseBodyFragment(html).select("a, img, [href], [src]").isEmpty(), sb + " → " + html);
        }
    }

    @Test
    void markupAndEdgesAreNotPlain() {
        for (String s : new String[] {"1. 第一", "# 标题", "a  b", " 前空格", "后空格 ", "甲\n乙", "A&B", "<b>", "*强调*", "甲\u00a0乙"}) {
            assertFalse(Markdown.isPlainParagraph(s), s);
        }
        assertTrue(Markdown.isPlainParagraph("建立健全主动公开基本目录，及时调整完善 2019 年"));
        assertEquals("<p>甲乙</p>", new Markdown().toHtml("甲乙"));
    }
}
