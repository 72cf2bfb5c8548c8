package gongkai.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes YAML values the way the hand-written content does: plain text where YAML reads it back as the same
 * text, double quotes where it would not (numbers, "yes", a leading "[", ": " inside …), flow lists for unit
 * lists, and literal blocks (|-) for long text.
 */
public final class YamlText {

    private static final Pattern NOT_TEXT = Pattern.compile(
            "[-+]?(\\.?\\d[\\d._:eE+-]*|0x[0-9a-fA-F]+|\\.inf|\\.nan)|(?i)(y|n|yes|no|true|false|on|off|null|~)");
    private static final String SPECIAL_START = "-?:,[]{}#&*!|>'\"%@` \t";

    private YamlText() {
    }

    /** A value for "key: value". */
    public static String scalar(String s) {
        return plainOk(s, false) ? s : quoted(s);
    }

    /** [a, b, c]; items that a flow list would misread are quoted. */
    public static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String item : items) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(plainOk(item, true) ? item : quoted(item));
        }
        return sb.append(']').toString();
    }

    /** A literal block "|-" whose lines are indented by indent spaces; text that a block cannot carry is quoted. */
    public static String block(String text, int indent) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) || text.contains("\t") || text.contains("\r")) {
            return quoted(text);
        }
        StringBuilder sb = new StringBuilder("|-");
        String pad = " ".repeat(indent);
        for (String line : text.split("\n", -1)) {
            sb.append('\n');
            if (!line.isEmpty()) {
                sb.append(pad).append(line.stripTrailing());
            }
        }
        return sb.toString();
    }

    private static boolean plainOk(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip()) || SPECIAL_START.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\n") || s.contains("\t")
                || s.startsWith("---") || NOT_TEXT.matcher(s).matches()) {
            return false;
        }
        if (inFlow && (s.contains(",") || s.contains("[") || s.contains("]") || s.contains("{") || s.contains("}"))) {
            return false;
        }
        return s.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0xFEFF);
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0xFEFF) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
