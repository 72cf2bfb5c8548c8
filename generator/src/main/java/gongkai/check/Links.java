package gongkai.check;

import java.util.Locale;

/** Which link targets content may use: web addresses and paths on the site, never scripts or data. */
final class Links {

    private Links() {
    }

    static String rule(String url) {
        return "链接“" + url + "”无效：只能是 http://、https:// 或 mailto: 开头的地址，或站内的相对路径。";
    }

    static boolean isSafe(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:")) {
            return !u.contains(" ") && u.length() > 8;
        }
        // A relative path: no scheme at all, so no javascript:, data: or vbscript:.
        return !u.isEmpty() && !u.startsWith("//") && !u.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
