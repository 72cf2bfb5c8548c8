package gongkai.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quick reader for the plain YAML content files are written in: block mappings with simple keys, block
 * sequences, one-line flow sequences and one-line plain or quoted scalars. It builds exactly the tree that
 * {@link YamlReader}'s SnakeYAML path builds, lines and columns included, or declines; anything outside that
 * subset, or in doubt, is declined so SnakeYAML reads it and reports its problems. It never reports any.
 */
final class FastYaml {

    // Content files are far smaller; the limits SnakeYAML enforces stay its own.
    private static final int MAX_CHARS = 1024 * 1024;
    // Well below SnakeYAML's nesting limit (40), so nothing it would refuse is read here.
    private static final int MAX_DEPTH = 20;
    // SnakeYAML refuses simple keys longer than 1024 characters.
    private static final int MAX_KEY = 128;
    // YAML's indicators. A plain scalar starting with one is declined, even where YAML allows it (-1, :x).
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    // Inside a flow sequence these end or change a plain scalar, so an item holding one is declined.
    private static final String FLOW_SPECIAL = "[]{}#:?'\"";

    /** Thrown to give up; it carries nothing, so it costs no stack trace. */
    private static final class Decline extends RuntimeException {
        Decline() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int firstLine;
    // The lines that hold something (neither blank nor a comment): number from 0, offset, indent, end
    // without trailing spaces.
    private final int[] number;
    private final int[] start;
    private final int[] indent;
    private final int[] end;
    private final int count;
    private int at;   // the current line
    private int col;  // where its unread part starts: its indent, or the key after "- "

    private FastYaml(String text, int firstLine, int lines) {
        this.text = text;
        this.firstLine = firstLine;
        number = new int[lines];
        start = new int[lines];
        indent = new int[lines];
        end = new int[lines];
        int n = 0;
        int lineNo = 0;
        for (int pos = 0; pos <= text.length(); lineNo++) {
            int nl = text.indexOf('\n', pos);
            int stop = nl < 0 ? text.length() : nl;
            int first = pos;
            while (first < stop && text.charAt(first) == ' ') {
                first++;
            }
            int last = stop;
            while (last > first && text.charAt(last - 1) == ' ') {
                last--;
            }
            if (first < last && text.charAt(first) != '#') {
                number[n] = lineNo;
                start[n] = pos;
                indent[n] = first - pos;
                end[n] = last;
                n++;
            }
            pos = stop + 1;
        }
        count = n;
        col = n > 0 ? indent[0] : 0;
    }

    /** The tree of text that starts on firstLine, or empty when this reader declines it. */
    static Optional<YamlNode> read(String text, int firstLine) {
        if (text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (!allowed(c)) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new FastYaml(text, firstLine, lines).document());
        } catch (Decline e) {
            return Optional.empty();
        }
    }

    /**
     * Printable characters SnakeYAML reads as they are. Left out: tabs, CR and other controls, the line
     * breaks U+0085, U+2028 and U+2029, the BOM, and surrogates, because SnakeYAML counts columns in code
     * points; and the non-characters U+FDD0 to U+FDEF, which SnakeYAML reads but YamlReader refuses.
     */
    private static boolean allowed(char c) {
        return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF && (c < 0xFDD0 || c > 0xFDEF));
    }

    private YamlNode document() {
        if (count == 0) {
            return new YamlNode.Null(firstLine, 1);
        }
        YamlNode root = block(0);
        if (at < count) {
            throw new Decline(); // a line left of the root's indent
        }
        return root;
    }

    /** The mapping or sequence that starts at the current line, indented by col. */
    private YamlNode block(int depth) {
        return isItem() ? sequence(depth, false) : mapping(depth);
    }

    private YamlNode mapping(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Decline();
        }
        int ind = col;
        int line = number[at];
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, Integer> keyColumns = new LinkedHashMap<>();
        while (at < count && col == ind) {
            int p = start[at] + col;
            int colon = keyEnd(p);
            if (colon < 0) {
                throw new Decline();
            }
            String key = text.substring(p, colon);
            if (entries.containsKey(key)) {
                throw new Decline(); // SnakeYAML's path reports it
            }
            keyLines.put(key, number[at] + firstLine);
            keyColumns.put(key, ind + 1);
            entries.put(key, value(ind, colon, depth));
        }
        if (at < count && col > ind) {
            throw new Decline(); // a deeper line no entry takes, such as a scalar's second line
        }
        return new YamlNode.Mapping(entries, keyLines, keyColumns, line + firstLine, ind + 1);
    }

    /** The value after the key whose colon is at colon, in a mapping indented by ind. */
    private YamlNode value(int ind, int colon, int depth) {
        int stop = end[at];
        int p = skipSpaces(colon + 1, stop);
        if (p < stop) {
            YamlNode v = inline(p, stop);
            advance();
            return v;
        }
        // Nothing after the colon: an empty value sits just after it, unless a block follows.
        YamlNode empty = new YamlNode.Null(number[at] + firstLine, colon - start[at] + 2);
        advance();
        if (at < count && col > ind) {
            return block(depth + 1);
        }
        if (at < count && col == ind && isItem()) {
            return sequence(depth + 1, true); // "- " in the key's own column
        }
        return empty;
    }

    /** Items at col; an indentless one (under a key in the same column) ends where that mapping goes on. */
    private YamlNode sequence(int depth, boolean indentless) {
        if (depth > MAX_DEPTH) {
            throw new Decline();
        }
        int ind = col;
        int line = number[at];
        List<YamlNode> items = new ArrayList<>();
        while (at < count && col == ind && isItem()) {
            int stop = end[at];
            int p = skipSpaces(start[at] + col + 1, stop);
            if (p == stop) {
                items.add(new YamlNode.Null(number[at] + firstLine, col + 2));
                advance();
            } else if (keyEnd(p) >= 0) {
                col = p - start[at];
                items.add(mapping(depth + 1));
            } else {
                items.add(inline(p, stop));
                advance();
            }
        }
        if (at < count && (col > ind || (col == ind && !indentless))) {
            throw new Decline();
        }
        return new YamlNode.Sequence(List.copyOf(items), line + firstLine, ind + 1);
    }

    private void advance() {
        at++;
        if (at < count) {
            col = indent[at];
        }
    }

    private boolean isItem() {
        int p = start[at] + col;
        return text.charAt(p) == '-' && (p + 1 == end[at] || text.charAt(p + 1) == ' ');
    }

    /** Where the colon of a simple key starting at p is, or -1 when no such key starts there. */
    private int keyEnd(int p) {
        int stop = end[at];
        int k = p;
        while (k < stop && (Character.isLetterOrDigit(text.charAt(k))
                || (k > p && "_-.".indexOf(text.charAt(k)) >= 0))) {
            k++;
        }
        boolean key = k > p && k - p <= MAX_KEY && k < stop && text.charAt(k) == ':'
                && (k + 1 == stop || text.charAt(k + 1) == ' ');
        return key ? k : -1;
    }

    /** A scalar or flow sequence filling text[p, stop) of the current line. */
    private YamlNode inline(int p, int stop) {
        char c = text.charAt(p);
        if (c == '[') {
            return flowSequence(p, stop);
        }
        if (c == '"' || c == '\'') {
            int close = closingQuote(p, stop);
            if (close + 1 != stop) {
                throw new Decline();
            }
            return quoted(p, close);
        }
        return plain(p, stop, false);
    }

    /** [a, "b", c] on one line, nothing after it. */
    private YamlNode flowSequence(int open, int stop) {
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(open + 1, stop);
        if (i < stop && text.charAt(i) == ']') {
            i++;
        } else {
            while (true) {
                if (i >= stop) {
                    throw new Decline();
                }
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    int close = closingQuote(i, stop);
                    items.add(quoted(i, close));
                    i = close + 1;
                } else {
                    int j = i;
                    while (j < stop && text.charAt(j) != ',' && text.charAt(j) != ']') {
                        j++;
                    }
                    int last = j;
                    while (last > i && text.charAt(last - 1) == ' ') {
                        last--;
                    }
                    items.add(plain(i, last, true));
                    i = j;
                }
                i = skipSpaces(i, stop);
                if (i < stop && text.charAt(i) == ']') {
                    i++;
                    break;
                }
                if (i >= stop || text.charAt(i) != ',') {
                    throw new Decline();
                }
                i = skipSpaces(i + 1, stop); // an empty item or trailing comma is caught as an empty scalar
            }
        }
        if (i != stop) {
            throw new Decline();
        }
        return new YamlNode.Sequence(List.copyOf(items), number[at] + firstLine, open - start[at] + 1);
    }

    private int skipSpaces(int i, int stop) {
        while (i < stop && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A plain scalar that is all of text[p, stop); resolved to null as SnakeYAML does. */
    private YamlNode plain(int p, int stop, boolean flow) {
        if (p >= stop) {
            throw new Decline();
        }
        String s = text.substring(p, stop);
        if (INDICATORS.indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #") || s.endsWith(":")
                || s.equals("<<")) { // "<<" resolves to the merge tag, which YamlReader reports
            throw new Decline();
        }
        if (flow) {
            for (int i = 0; i < s.length(); i++) {
                if (FLOW_SPECIAL.indexOf(s.charAt(i)) >= 0) {
                    throw new Decline();
                }
            }
        }
        int line = number[at] + firstLine;
        int column = p - start[at] + 1;
        return switch (s) {
            case "~", "null", "Null", "NULL" -> new YamlNode.Null(line, column);
            default -> new YamlNode.Scalar(s, true, line, column);
        };
    }

    /** Where the quote opened at p closes on this line; only \" and \\ may be escaped in double quotes. */
    private int closingQuote(int p, int stop) {
        char q = text.charAt(p);
        for (int i = p + 1; i < stop; i++) {
            char c = text.charAt(i);
            if (q == '"' && c == '\\') {
                if (i + 1 >= stop || (text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\\')) {
                    throw new Decline();
                }
                i++;
            } else if (c == q) {
                if (q == '\'' && i + 1 < stop && text.charAt(i + 1) == '\'') {
                    i++; // '' is one quote
                } else {
                    return i;
                }
            }
        }
        throw new Decline(); // not closed on this line
    }

    private YamlNode quoted(int open, int close) {
        char q = text.charAt(open);
        char escape = q == '"' ? '\\' : '\'';
        StringBuilder value = new StringBuilder(close - open);
        for (int i = open + 1; i < close; i++) {
            char c = text.charAt(i);
            if (c == escape) {
                i++; // closingQuote let through only \" and \\ in double quotes, '' in single ones
                c = text.charAt(i);
            }
            value.append(c);
        }
        return new YamlNode.Scalar(value.toString(), false, number[at] + firstLine, open - start[at] + 1);
    }
}
