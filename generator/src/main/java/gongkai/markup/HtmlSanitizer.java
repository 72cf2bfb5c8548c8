package gongkai.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Content is untrusted: raw HTML in Markdown passes through an allow-list. No script, style, iframe,
 * form or event handler survives; links keep only http, https, mailto and relative targets; images must
 * be on the site itself, because a public page may send no request off the site.
 */
public final class HtmlSanitizer {

    private static final String BASE = "https://site.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "scope")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element img : clean.select("img")) {
            String src = img.attr("src").trim().toLowerCase(java.util.Locale.ROOT);
            if (src.isEmpty() || src.startsWith("//") || src.matches("^[a-z][a-z0-9+.-]*:.*")) {
                img.remove();
            }
        }
        for (Element a : clean.select("a[href]")) {
            if (a.attr("href").startsWith(BASE)) {
                a.attr("href", a.attr("href").substring(BASE.length()));
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
