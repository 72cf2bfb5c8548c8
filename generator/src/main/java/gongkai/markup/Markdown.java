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
        String html = renderer.render(parser.parse(markdown)).strip();
        // Without '<' no raw HTML or autolink can appear, and without '[' no link or image: CommonMark's own
        // escaping is then all the safety needed, and the costly allow-list pass can be skipped.
        if (markdown.indexOf('<') < 0 && markdown.indexOf('[') < 0) {
            return html;
        }
        return sanitizer.clean(html);
    }
}
