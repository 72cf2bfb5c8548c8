package gongkai.serve;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Which Host headers the preview server answers: only names of this machine's loopback. A page on another
 * site cannot send those, so it cannot read the preview through a name it re-pointed at 127.0.0.1.
 */
final class LocalHost {

    private LocalHost() {
    }

    static boolean allowed(String host, InetSocketAddress bound) {
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
            if (!portOk(h.substring(end + 1), bound)) {
                return false;
            }
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0) {
                name = h.substring(0, colon);
                if (!portOk(h.substring(colon), bound)) {
                    return false;
                }
            }
        }
        String address = bound.getAddress().getHostAddress();
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]") || name.equals(address)
                || name.equals("[" + address + "]");
    }

    /**
     * Nothing, or ":" and a port. Not necessarily the server's own: a forwarded port (ssh -L, an editor's
     * remote preview) reaches it under another number, and the name alone is what a rebinding page cannot fake.
     */
    private static boolean portOk(String rest, InetSocketAddress bound) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }
}
