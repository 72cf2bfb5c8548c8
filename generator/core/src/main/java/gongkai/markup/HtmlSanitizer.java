package gongkai.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Content is untrusted: raw HTML in Markdown passes through an allow-list. No script, style, iframe,
 * form or event handler survives; links keep only the targets LinkTarget allows; images must be on the
 * site itself, because a public page may send no request off the site.
 */
public final class HtmlSanitizer {

    // Targets are judged by LinkTarget alone, so jsoup's own protocol lists are taken out.
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "scope")
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .removeProtocols("cite", "cite", "http", "https");

    public String clean(String html) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html));
        // Attribute values are read after entity decoding, as the browser reads them, and written back in the
        // form that was judged.
        for (Element img : clean.select("img")) {
            LinkTarget src = LinkTarget.of(img.attr("src"));
            if (src.staysOnSite()) {
                img.attr("src", src.url());
            } else {
                img.remove();
            }
        }
        for (Element e : clean.select("[href], [cite]")) {
            for (String key : new String[] {"href", "cite"}) {
                if (e.hasAttr(key)) {
                    LinkTarget target = LinkTarget.of(e.attr(key));
                    if (target.isLink()) {
                        e.attr(key, target.url());
                    } else {
                        e.removeAttr(key);
                    }
                }
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
