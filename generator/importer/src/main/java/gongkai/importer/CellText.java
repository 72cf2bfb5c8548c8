package gongkai.importer;

import gongkai.read.ForbiddenChars;

/**
 * Text as an office file stores it, made fit for content files: Word's manual line and page breaks (U+000B,
 * U+000C) and Windows line ends become line breaks; other controls and non-characters, which carry no text
 * and which content refuses (ForbiddenChars), are dropped.
 */
final class CellText {

    private CellText() {
    }

    static String clean(String s) {
        if (s.indexOf('\r') < 0 && ForbiddenChars.find(s, 0) < 0) {
            return s;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        int from = 0;
        for (int i = ForbiddenChars.find(t, 0); i >= 0; i = ForbiddenChars.find(t, from)) {
            sb.append(t, from, i);
            char c = t.charAt(i);
            if (c == '\u000B' || c == '\u000C') {
                sb.append('\n');
            }
            from = i + (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1)) ? 2 : 1);
        }
        return sb.append(t, from, t.length()).toString();
    }
}
