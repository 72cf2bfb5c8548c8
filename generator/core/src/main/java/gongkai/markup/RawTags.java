package gongkai.markup;

import java.util.Locale;
import java.util.Set;

/**
 * Raw HTML tags in Markdown, read lexically as a running depth: each start tag of an element that holds others
 * opens a level, each end tag closes one. jsoup builds the real tree later; left-open tags are carried from one
 * paragraph to the next there too, so the depth runs through the whole text.
 */
final class RawTags {

    /** Elements with no content, and those whose end tag may be left out: neither nests by being written twice. */
    private static final Set<String> NOT_NESTING = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead",
            "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head",
            "body");

    /** Called for each start tag that opens a level, with where it starts in the scanned text. */
    interface Opened {
        void at(int index, int depth);
    }

    private int depth;

    /** Levels left open so far. */
    int depth() {
        return depth;
    }

    /** Goes through html, a raw HTML block or one inline tag, reporting each level it opens. */
    void scan(String html, Opened opened) {
        int n = html.length();
        for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    return;
                }
                i = end + 2;
                continue;
            }
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int end = tagEnd(html, nameEnd);
            if (NOT_NESTING.contains(name)) {
                i = Math.max(i, end - 1);
                continue;
            }
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else if (end >= 0 && html.charAt(end - 2) != '/') { // <x/> holds nothing; "<x" without '>' is text
                depth++;
                opened.at(i, depth);
            }
            if (end < 0) {
                return;
            }
            i = end - 1;
        }
    }

    /** Just past the '>' that ends the tag whose attributes start at from, quoted values skipped; -1 if none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }
}
