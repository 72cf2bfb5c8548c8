package gongkai.markup;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown from content files to safe HTML. Parser and renderer are immutable and shared across threads. */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (isPlainParagraph(markdown)) {
            return "<p>" + markdown + "</p>";
        }
        if (Nesting.tooDeep(markdown).isPresent()) {
            // The check stage refuses such text with its line; here it only must not overflow the renderer's stack.
            return "<p>" + org.jsoup.nodes.Entities.escape(markdown) + "</p>";
        }
        String html = renderer.render(parser.parse(markdown)).strip();
        // Without '<' no raw HTML or autolink can appear, and without '[' no link, image or reference definition
        // (MarkdownTest checks this against the parser): CommonMark's own escaping is then all the safety
        // needed, and the costly allow-list pass can be skipped.
        if (markdown.indexOf('<') < 0 && markdown.indexOf('[') < 0) {
            return html;
        }
        return sanitizer.clean(html);
    }

    /**
     * The first line of a Markdown text as plain text, at most max characters (then cut with "…"): what a table
     * row shows of a report.
     */
    public String firstLine(String markdown, int max) {
        String first = markdown == null ? "" : markdown.strip();
        int end = first.indexOf('\n');
        if (end >= 0) {
            first = first.substring(0, end).strip();
        }
        if (!first.isEmpty() && !isPlainParagraph(first)) {
            first = org.jsoup.Jsoup.parseBodyFragment(toHtml(first)).text();
        }
        if (first.codePointCount(0, first.length()) <= max) {
            return first;
        }
        return first.substring(0, first.offsetByCodePoints(0, max)) + "…";
    }

    /**
     * One line of text that Markdown leaves as it is: letters, digits, CJK text and its full-width
     * punctuation, single spaces inside. No ASCII punctuation means no markup, no escaping and no entity;
     * no line break or edge space means nothing to strip. Most requirements and reports are such a line,
     * and parsing them was a twentieth of a build. MarkdownTest checks this against the parser.
     */
    static boolean isPlainParagraph(String s) {
        int n = s.length();
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x80 ? c != 0x85 && c != 0xA0 && !Character.isSurrogate(c)
                    : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == ' ' && previous != ' ');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
