package gongkai.render;

/** Escaping for XML text and attribute values (feeds, sitemap). */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        StringBuilder sb = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                // Control characters are not allowed in XML 1.0.
                default -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t' ? null : "";
            };
            if (escaped != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                }
                sb.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        // Most text has nothing to escape and is returned as it is.
        return sb == null ? s : sb.append(s, from, s.length()).toString();
    }
}
