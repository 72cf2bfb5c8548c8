package gongkai.markup;

import java.util.Locale;

/**
 * A link target as a browser reads it (the WHATWG URL parser), decided in one place for every URL field,
 * Markdown and raw HTML, so that no target passes here as a path and runs there as a script.
 */
public final class LinkTarget {

    /** Where a target leads. */
    public enum Kind {
        /** http: or https:, another site or this one by its full address. */
        WEB,
        MAIL,
        PHONE,
        /** A path, query or fragment, resolved against the page: the site itself. */
        ON_SITE,
        /** Two slashes either way round ({@code //x}, {@code /\x}, {@code \\x}): another host, scheme left out. */
        OTHER_HOST,
        /** Any other scheme (javascript:, data:, file: …), a scheme made unreadable by hidden characters, or nothing. */
        REFUSED
    }

    private final String url;
    private final Kind kind;

    private LinkTarget(String url, Kind kind) {
        this.url = url;
        this.kind = kind;
    }

    /** written: an attribute or field value as the browser receives it, entities already decoded. */
    public static LinkTarget of(String written) {
        String url = browserForm(written);
        return new LinkTarget(url, kindOf(url));
    }

    /** The target after what browsers strip: C0 controls and spaces at either end, tabs and newlines anywhere. */
    public String url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }

    /** May be a link's href: http, https, mailto, tel or a target on the site. */
    public boolean isLink() {
        return kind == Kind.WEB || kind == Kind.MAIL || kind == Kind.PHONE || kind == Kind.ON_SITE;
    }

    /** May be an image's src: a page may send no request off the site, so relative and not scheme-relative. */
    public boolean staysOnSite() {
        return kind == Kind.ON_SITE;
    }

    static String browserForm(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Kind kindOf(String url) {
        if (url.isEmpty() || isHidden(url.charAt(0))) {
            // Readers other than browsers (feeds, mail) may trim such a character and then find a scheme.
            return Kind.REFUSED;
        }
        int colon = schemeColon(url);
        if (colon < 0) {
            // No scheme: '\' counts as '/' on http(s) pages, so two of either at the start name another host.
            return isSlash(url.charAt(0)) && url.length() > 1 && isSlash(url.charAt(1)) ? Kind.OTHER_HOST : Kind.ON_SITE;
        }
        String scheme = url.substring(0, colon);
        if (!isSchemeSyntax(scheme)) {
            // A browser would read this as a path, but the colon says scheme: something is hidden in it.
            return Kind.REFUSED;
        }
        String rest = url.substring(colon + 1);
        if (rest.isEmpty() || url.indexOf(' ') >= 0) {
            return Kind.REFUSED;
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "https" -> hasHost(rest) ? Kind.WEB : Kind.REFUSED;
            case "mailto" -> Kind.MAIL;
            case "tel" -> Kind.PHONE;
            default -> Kind.REFUSED;
        };
    }

    /** The colon ending a scheme: one that comes before any '/', '\', '?' or '#'; -1 when there is none. */
    private static int schemeColon(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            if (isSlash(c) || c == '?' || c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** ASCII letter, then letters, digits, '+', '-' or '.'. */
    private static boolean isSchemeSyntax(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** http: and https: take the host after any run of slashes, either way round: "http:x" is http://x. */
    private static boolean hasHost(String rest) {
        int i = 0;
        while (i < rest.length() && isSlash(rest.charAt(i))) {
            i++;
        }
        return i < rest.length() && rest.charAt(i) != '?' && rest.charAt(i) != '#';
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Control characters, non-ASCII spaces and invisible format characters (zero-width space, BOM …). */
    public static boolean isHidden(char c) {
        return c < ' ' || (c >= 0x7F && c <= 0x9F) || (c > ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))
                || Character.getType(c) == Character.FORMAT;
    }
}
