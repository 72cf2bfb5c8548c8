package gongkai.serve;

import java.util.Locale;

/**
 * Which Host headers the preview server answers: localhost and addresses written as numbers. A page on another
 * site can only send its own domain name, so it cannot read the preview through a name it re-pointed at 127.0.0.1.
 */
final class LocalHost {

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final java.util.regex.Pattern IPV6 = java.util.regex.Pattern.compile("\\[[0-9a-f:.]+\\]");

    private LocalHost() {
    }

    static boolean allowed(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        String name = h;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) {
                return false;
            }
            name = h.substring(0, end + 1);
            if (!portOk(h.substring(end + 1))) {
                return false;
            }
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0) {
                name = h.substring(0, colon);
                if (!portOk(h.substring(colon))) {
                    return false;
                }
            }
        }
        // An address written as numbers names no domain a rebinding page could point elsewhere: a phone on the
        // same network reaches a preview bound to 0.0.0.0 that way.
        return name.equals("localhost") || IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
    }

    /**
     * Nothing, or ":" and a port. Not necessarily the server's own: a forwarded port (ssh -L, an editor's
     * remote preview) reaches it under another number, and the name alone is what a rebinding page cannot fake.
     */
    private static boolean portOk(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }
}
