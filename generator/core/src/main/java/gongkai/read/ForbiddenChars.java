package gongkai.read;

import gongkai.diagnostics.Problems;

/**
 * Characters no content may hold: controls other than tab and line breaks, DEL, C1 controls, Unicode
 * non-characters and lone surrogates. Each breaks some output: U+FFFE makes a feed ill-formed XML, a C0
 * control is not allowed in XML 1.0 at all, U+0001 is the row cache's placeholder (RowRenderer). Found in the
 * decoded text of every file and in every YAML scalar, where a double-quoted escape ("\x01") can make one.
 */
public final class ForbiddenChars {

    /** More than this many in one file are summed up in one last problem: a binary file is not 100,000 lines. */
    static final int REPORTED_PER_FILE = 10;

    private ForbiddenChars() {
    }

    /**
     * Where the first forbidden character at or after from is, or -1. A tight loop: ASCII and CJK text pass
     * on the first comparisons, as every file of every build goes through it.
     */
    public static int find(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c <= 0x9F) {
                return i; // DEL and the C1 controls
            } else if (c >= 0xD800) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if ((c & 0x3F) == 0x3F && (s.charAt(i + 1) & 0x3FE) == 0x3FE) {
                        return i; // U+1FFFE, U+1FFFF … U+10FFFF: the pair's low bits are all ones but the last
                    }
                    i++;
                } else if (Character.isSurrogate(c) || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The character at i (a whole code point, or the lone surrogate itself) as U+XXXX. */
    static String code(CharSequence s, int i) {
        int cp = Character.codePointAt(s, i);
        return String.format("U+%04X", cp);
    }

    /** What the character at i is, in the words of a message. */
    static String kind(CharSequence s, int i) {
        int cp = Character.codePointAt(s, i);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return "控制字符";
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return "不成对的代理项（残缺的字符编码）";
        }
        return "Unicode 非字符（不用于表示文字的保留编码）";
    }

    /**
     * Reports every forbidden character of a file's decoded text (the first few, then how many more) with its
     * line and column, counted in characters as editors count them; true when there was none.
     */
    public static boolean check(String file, String text, Problems problems) {
        int at = find(text, 0);
        if (at < 0) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        int reported = 0;
        int more = 0;
        int summaryColumn = 0;
        for (; at >= 0; at = find(text, at + Character.charCount(Character.codePointAt(text, at)))) {
            if (more > 0) {
                more++;
                continue;
            }
            for (int i = scanned; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = at;
            int column = Character.codePointCount(text, lineStart, at) + 1;
            if (reported == REPORTED_PER_FILE) {
                more++; // the summary goes where the first one left out is
                summaryColumn = column;
                continue;
            }
            problems.add(file, line, column, "文件中有不允许的字符 " + code(text, at) + "（" + kind(text, at)
                    + "），网页和订阅中不能出现。它通常看不见，多半是从其他软件复制文字时带进来的：请跳到这一行、这一列删除它，"
                    + "或把这几个字重新输入。");
            reported++;
        }
        if (more > 0) {
            problems.add(file, line, summaryColumn, "从这里起还有 " + more + " 个同类字符（只列出了前 "
                    + REPORTED_PER_FILE + " 个），请一并删除。");
        }
        return false;
    }

    /** The message for a YAML scalar whose value holds one, which only an escape in double quotes can make. */
    static String inScalar(String value, int i) {
        return "双引号中的转义写法产生了不允许的字符 " + code(value, i) + "（" + kind(value, i) + "，转义写作 "
                + escape(value, i) + "），网页和订阅中不能出现。请删除这个转义写法。";
    }

    /** How YAML writes the character at i in double quotes, as an editor would have typed it. */
    private static String escape(CharSequence s, int i) {
        int cp = Character.codePointAt(s, i);
        return cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }
}
