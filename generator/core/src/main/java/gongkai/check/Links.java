package gongkai.check;

import gongkai.markup.LinkTarget;

/** What an editor is told when a URL field holds a target LinkTarget refuses. */
final class Links {

    private Links() {
    }

    static String rule(String url) {
        return "链接“" + visible(url) + "”无效：只能是 http://、https://、mailto: 或 tel: 开头的地址，或站内的相对路径。";
    }

    /** The value with hidden characters spelled out (\t, \n, \r, \\u0001 …), so the editor sees what is wrong. */
    static String visible(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (LinkTarget.isHidden(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
