package gongkai.render;

import java.util.List;

/** A minimal streaming JSON writer: fields come out in the order written, so files are deterministic. */
public final class Json {

    private final StringBuilder sb;
    private boolean needComma;

    public Json(int capacity) {
        sb = new StringBuilder(capacity);
    }

    public Json beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public Json endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public Json beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    public Json endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    public Json name(String name) {
        comma();
        string(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    public Json value(String s) {
        comma();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    public Json value(long n) {
        comma();
        sb.append(n);
        needComma = true;
        return this;
    }

    public Json value(boolean b) {
        comma();
        sb.append(b);
        needComma = true;
        return this;
    }

    public Json field(String name, String value) {
        return name(name).value(value);
    }

    public Json field(String name, long value) {
        return name(name).value(value);
    }

    public Json field(String name, boolean value) {
        return name(name).value(value);
    }

    public Json strings(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                // Runs of plain characters are copied whole: most strings have nothing to escape.
                sb.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        sb.append(s, from, s.length()).append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
